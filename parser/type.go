package parser

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/lexer"
)

// typ is a type: a union `A or B` of intersections `A and B` (both
// left-associative, `and` binding tighter) of types without them.
func (p *parser) typ() ast.Type {
	start := p.start()
	t := p.typAnd()
	for p.accept("or") {
		right := p.typAnd()
		t = &ast.OrType{Span: p.spanFrom(start), X: t, Y: right}
	}
	return t
}

func (p *parser) typAnd() ast.Type {
	start := p.start()
	t := p.typNobin()
	for p.accept("and") {
		right := p.typNobin()
		t = &ast.AndType{Span: p.spanFrom(start), X: t, Y: right}
	}
	return t
}

// typNobin is a type other than an intersection or union: function types
// `<T>(A, B) -> R`, `shared query A -> async R`, and everything tighter.
func (p *parser) typNobin() ast.Type {
	p.enter()
	defer p.leave()
	start := p.start()
	sort, hasSort := p.funcSortOpt()
	if hasSort || p.is("<") {
		params := p.typeParamsOpt()
		param := p.typUn()
		p.expect("->")
		result := p.typNobin()
		return &ast.FuncType{Span: p.spanFrom(start), Sort: sort, TypeParams: params, Param: param, Result: result}
	}
	t, isUn := p.typPre()
	if isUn && p.accept("->") {
		result := p.typNobin()
		return &ast.FuncType{Span: p.spanFrom(start), Param: t, Result: result}
	}
	return t
}

// funcSortOpt parses the sort of a function type: `shared`,
// `shared query`, `query`, `composite query`, `shared composite query`.
func (p *parser) funcSortOpt() (ast.FuncSort, bool) {
	if p.accept("shared") {
		if q, ok := p.querySortOpt(); ok {
			return q, true
		}
		return ast.SharedFunc, true
	}
	return p.querySortOpt()
}

// typPre is `async T`, `module {...}`, `actor {...}`, `object {...}` or a
// unary type; isUn says which (only a unary type may be a function's
// parameter type without parentheses).
func (p *parser) typPre() (t ast.Type, isUn bool) {
	p.enter()
	defer p.leave()
	start := p.start()
	if p.is("async") || p.is("async*") {
		star := p.next().Value == "async*"
		elem, _ := p.typPre()
		return &ast.AsyncType{Span: p.spanFrom(start), Star: star, Elem: elem}, false
	}
	if p.accept("weak") {
		elem, _ := p.typPre()
		return &ast.WeakType{Span: p.spanFrom(start), Elem: elem}, false
	}
	if sort, ok := p.objSortOpt(); ok {
		fields, members := p.typeFields()
		return &ast.ObjectType{Span: p.spanFrom(start), Sort: sort, Fields: fields, TypeMembers: members}, false
	}
	return p.typUn(), true
}

// typUn is `?T` or a nullary type.
func (p *parser) typUn() ast.Type {
	p.enter()
	defer p.leave()
	start := p.start()
	if p.accept("?") {
		elem := p.typUn()
		return &ast.OptType{Span: p.spanFrom(start), Elem: elem}
	}
	return p.typNullary()
}

// typNullary is a path `M.T<A>`, `(...)`, `[T]`, `[var T]`, an object type
// `{...}` or a variant type `{#a; #b : T}`.
func (p *parser) typNullary() ast.Type {
	start := p.start()
	tok := p.peek()
	switch {
	case tok.Type == lexer.Ident:
		path := []*ast.Ident{p.ident()}
		for p.accept(".") {
			path = append(path, p.ident())
		}
		var args []ast.Type
		if p.is("<") {
			args = p.typeArgs()
		}
		return &ast.PathType{Span: p.spanFrom(start), Path: path, Args: args}
	case isText(tok, "("):
		return p.tupleType()
	case isText(tok, "["):
		p.next()
		mut := p.accept("var")
		elem := p.typ()
		p.expect("]")
		return &ast.ArrayType{Span: p.spanFrom(start), Mut: mut, Elem: elem}
	case isText(tok, "{"):
		if isText(p.peekAt1(), "#") {
			return p.variantType()
		}
		fields, members := p.typeFields()
		return &ast.ObjectType{Span: p.spanFrom(start), Sort: ast.Object, Fields: fields, TypeMembers: members}
	}
	p.fail("<typ>")
	return nil
}

// tupleType is `()`, `(T)`, `(x : T)` or `(A, y : B)`; the name may be the
// keyword `implicit`, which marks a parameter resolved at call sites.
func (p *parser) tupleType() ast.Type {
	start := p.start()
	p.expect("(")
	elems := commaList(p, ")", func() *ast.TupleTypeElem {
		elemStart := p.start()
		elem := &ast.TupleTypeElem{}
		switch {
		case p.isKind(lexer.Ident) && isText(p.peekAt1(), ":"):
			elem.Name = p.ident()
			p.next()
		case p.is("implicit") && isText(p.peekAt1(), ":"):
			tok := p.next()
			elem.Name = &ast.Ident{Span: p.tokSpan(tok), Name: tok.Value}
			p.next()
		}
		elem.Type = p.typ()
		elem.Span = p.spanFrom(elemStart)
		return elem
	})
	if len(elems) == 1 {
		return &ast.ParenType{Span: p.spanFrom(start), Name: elems[0].Name, Type: elems[0].Type}
	}
	return &ast.TupleType{Span: p.spanFrom(start), Elems: elems}
}

// variantType is `{#}` or `{#a; #b : T}`.
func (p *parser) variantType() ast.Type {
	start := p.start()
	p.expect("{")
	var tags []*ast.TagType
	if p.is("#") && isText(p.peekAt1(), "}") {
		p.next()
	} else {
		for !p.is("}") {
			tagStart := p.start()
			p.expect("#")
			tag := &ast.TagType{Tag: p.ident()}
			tag.Type = p.annotOpt()
			tag.Span = p.spanFrom(tagStart)
			tags = append(tags, tag)
			if !p.accept(";") && !p.is("}") {
				p.fail("one of ';' '}'")
			}
		}
	}
	p.expect("}")
	return &ast.VariantType{Span: p.spanFrom(start), Tags: tags}
}

// typeFields is the `{ ... }` of an object type: `var? name : T` fields,
// methods written `name<T>(A) : R` and type members `type T<A> = U`.
func (p *parser) typeFields() (fields []*ast.TypeField, members []*ast.TypeDec) {
	p.expect("{")
	for !p.is("}") {
		if p.is("type") {
			start := p.start()
			p.next()
			d := &ast.TypeDec{Name: p.ident(), Params: p.typeParamsOpt()}
			p.expect("=")
			d.Type = p.typ()
			d.Span = p.spanFrom(start)
			members = append(members, d)
		} else {
			fields = append(fields, p.typeField())
		}
		if !p.accept(";") && !p.is("}") {
			p.fail("one of ';' '}'")
		}
	}
	p.next()
	return fields, members
}

func (p *parser) typeField() *ast.TypeField {
	start := p.start()
	field := &ast.TypeField{Mut: p.accept("var")}
	field.Name = p.ident()
	if field.Mut || p.is(":") {
		p.expect(":")
		field.Type = p.typ()
	} else {
		params := p.typeParamsOpt()
		param := p.typNullary()
		p.expect(":")
		result := p.typ()
		field.Type = &ast.FuncType{Span: p.spanFrom(start), TypeParams: params, Param: param, Result: result}
	}
	field.Span = p.spanFrom(start)
	return field
}

// typeArgs is `<A, B>`; never nil, so that `f<>()` differs from `f()`.
//
// The `system` capability (`f<system>(...)`, `<system, T>`) only grants a
// right mori does not restrict, so it is dropped; `<system>` alone leaves
// the type arguments to inference (nil).
func (p *parser) typeArgs() []ast.Type {
	p.expect("<")
	system := p.accept("system") && (p.is(">") || p.accept(","))
	args := append([]ast.Type{}, commaList(p, ">", p.typ)...)
	if system && len(args) == 0 {
		return nil
	}
	return args
}

// typeParamsOpt parses `<A, B <: Bound>` if present.
// A leading `system` capability parameter is dropped, as by typeArgs.
func (p *parser) typeParamsOpt() []*ast.TypeParam {
	if !p.accept("<") {
		return nil
	}
	if p.accept("system") && !p.is(">") {
		p.expect(",")
	}
	return commaList(p, ">", func() *ast.TypeParam {
		start := p.start()
		param := &ast.TypeParam{Name: p.ident()}
		if p.accept("<:") {
			param.Bound = p.typ()
		}
		param.Span = p.spanFrom(start)
		return param
	})
}
