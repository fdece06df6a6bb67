package parser

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/lexer"
)

// pat is a full pattern: alternatives `p or q` and annotations `p : T`
// over unary patterns (moc's pat_bin; `or` binds tighter than `:`).
func (p *parser) pat() ast.Pat {
	p.enter()
	defer p.leave()
	left, height := measure(p, p.patUn)
	for {
		switch {
		case p.accept("or"):
			right, h := measure(p, p.patUn)
			left = &ast.AltPat{Span: left.Where().To(right.Where()), Left: left, Right: right}
			height = p.link(height, h)
		case p.accept(":"):
			typ, h := measure(p, p.typ)
			left = &ast.AnnotPat{Span: left.Where().To(typ.Where()), Pat: left, Type: typ}
			height = p.link(height, h)
		default:
			return left
		}
	}
}

// patUn is `#tag`, `#tag p`, `?p`, a signed literal, or a nullary pattern.
func (p *parser) patUn() ast.Pat {
	p.enter()
	defer p.leave()
	start := p.start()
	switch {
	case p.accept("#"):
		tag := p.ident()
		var arg ast.Pat
		if p.startsPatNullary() {
			arg = p.patNullary()
		}
		return &ast.VariantPat{Span: p.spanFrom(start), Tag: tag, Arg: arg}
	case p.accept("?"):
		pat := p.patUn()
		return &ast.OptPat{Span: p.spanFrom(start), Pat: pat}
	case p.is("-") || p.is("+"):
		neg := p.next().Value == "-"
		if !isLiteral(p.peek()) {
			p.fail("<lit>")
		}
		lit := p.literal()
		return &ast.LitPat{Span: p.spanFrom(start), Neg: neg, Lit: lit}
	}
	return p.patNullary()
}

// patNullary is a plain pattern or a record pattern `{x; y = p; z : T}`:
// the patterns of `case` and `import`.
func (p *parser) patNullary() ast.Pat {
	if !p.is("{") {
		return p.patPlain()
	}
	start := p.start()
	p.next()
	rec := &ast.RecordPat{}
	for !p.is("}") {
		if p.accept("type") {
			rec.Types = append(rec.Types, p.ident())
		} else {
			rec.Fields = append(rec.Fields, p.patField())
		}
		if !p.accept(";") && !p.is("}") {
			p.fail("one of ';' '}'")
		}
	}
	p.next()
	rec.Span = p.spanFrom(start)
	return rec
}

// patField is `name`, `name = p`, `name : T` or `name : T = p`.
func (p *parser) patField() *ast.PatField {
	start := p.start()
	field := &ast.PatField{Name: p.ident()}
	field.Type = p.annotOpt()
	if p.accept("=") {
		field.Pat = p.pat()
	} else {
		field.Pat = &ast.VarPat{Span: field.Name.Span, Name: field.Name}
	}
	field.Span = p.spanFrom(start)
	return field
}

// patPlain is `_`, a name, a literal, `()`, `(p)` or `(p, q)`: the
// patterns of function parameters.
func (p *parser) patPlain() ast.Pat {
	start := p.start()
	tok := p.peek()
	switch {
	case isText(tok, "_"):
		p.next()
		return &ast.WildPat{Span: p.tokSpan(tok)}
	case tok.Type == lexer.Ident:
		name := p.ident()
		return &ast.VarPat{Span: name.Span, Name: name}
	case isLiteral(tok):
		lit := p.literal()
		return &ast.LitPat{Span: lit.Span, Lit: lit}
	case isText(tok, "("):
		p.next()
		elems := commaList(p, ")", p.pat)
		if len(elems) == 1 {
			return &ast.ParenPat{Span: p.spanFrom(start), Pat: elems[0]}
		}
		return &ast.TuplePat{Span: p.spanFrom(start), Elems: elems}
	}
	p.fail("<pat>")
	return nil
}

func (p *parser) startsPatPlain() bool {
	tok := p.peek()
	return isText(tok, "_") || tok.Type == lexer.Ident || isLiteral(tok) || isText(tok, "(")
}

func (p *parser) startsPatNullary() bool { return p.startsPatPlain() || p.is("{") }
