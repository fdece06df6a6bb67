package parser

import (
	"strconv"

	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/lexer"
)

// exp is moc's exp(ob): an expression, or a declaration standing for a
// block holding just it (`f(let x = 1)`); anonymous functions and objects
// come through here too. allowVar is false where `var` would be ambiguous
// (array elements, after `[var`).
func (p *parser) exp(allowVar bool) ast.Expr {
	p.enter()
	defer p.leave()
	if p.startsDec(allowVar) {
		d := p.dec(false)
		if e, ok := d.(*ast.ExprDec); ok {
			return e.X
		}
		return &ast.BlockExpr{Span: d.Where(), Decs: []ast.Dec{d}}
	}
	return p.expNondec()
}

// expNest is the body of a keyword form (`if`, `while`, `case`, `ignore`,
// ...): a block when it starts with `{`, otherwise an expression.
func (p *parser) expNest() ast.Expr {
	if p.is("{") {
		return p.block()
	}
	return p.exp(true)
}

// block is `{ decs }`.
func (p *parser) block() *ast.BlockExpr {
	start := p.start()
	p.expect("{")
	decs := p.decList(func() bool { return p.is("}") }, "'}'")
	p.next()
	return &ast.BlockExpr{Span: p.spanFrom(start), Decs: decs}
}

// expNondec is an expression that is not a declaration: a keyword form, or
// a binary expression possibly assigned to (`x := e`, `x += e`).
func (p *parser) expNondec() ast.Expr {
	start := p.start()
	if tok := p.peek(); tok.Type == lexer.Keyword {
		if x := p.keywordExp(start, tok.Value); x != nil {
			return x
		}
	}
	target := p.expBin()
	if p.accept(":=") {
		value := p.exp(true)
		return &ast.AssignExpr{Span: p.spanFrom(start), Target: target, Value: value}
	}
	if tok := p.peek(); tok.Type == lexer.Punct {
		if op, ok := assignOps[tok.Value]; ok {
			p.next()
			value := p.exp(true)
			return &ast.OpAssignExpr{Span: p.spanFrom(start), Op: op, Target: target, Value: value}
		}
	}
	return target
}

var assignOps = map[string]ast.BinOp{
	"+=": ast.Add, "-=": ast.Sub, "*=": ast.Mul, "/=": ast.Div, "%=": ast.Mod, "**=": ast.Pow,
	"+%=": ast.WrapAdd, "-%=": ast.WrapSub, "*%=": ast.WrapMul, "**%=": ast.WrapPow,
	"&=": ast.And, "|=": ast.Or, "^=": ast.Xor, "<<=": ast.Shl, ">>=": ast.Shr,
	"<<>=": ast.Rotl, "<>>=": ast.Rotr, "#=": ast.Cat,
}

// keywordExp parses the keyword-led forms whose last part extends as far
// right as possible; it returns nil if keyword starts none of them.
func (p *parser) keywordExp(start ast.Pos, keyword string) ast.Expr {
	switch keyword {
	case "return":
		p.next()
		var value ast.Expr
		if p.startsExp() {
			value = p.exp(true)
		}
		return &ast.ReturnExpr{Span: p.spanFrom(start), Value: value}
	case "async", "async*":
		p.next()
		x := p.expNest()
		return &ast.AsyncExpr{Span: p.spanFrom(start), Star: keyword == "async*", X: x}
	case "await", "await*", "await?":
		p.next()
		x := p.expNest()
		return &ast.AwaitExpr{Span: p.spanFrom(start), Star: keyword == "await*", Fast: keyword == "await?", X: x}
	case "assert":
		p.next()
		x := p.expNest()
		return &ast.AssertExpr{Span: p.spanFrom(start), X: x}
	case "ignore":
		p.next()
		x := p.expNest()
		return &ast.IgnoreExpr{Span: p.spanFrom(start), X: x}
	case "debug":
		p.next()
		x := p.expNest()
		return &ast.DebugExpr{Span: p.spanFrom(start), X: x}
	case "throw":
		p.next()
		x := p.expNest()
		return &ast.ThrowExpr{Span: p.spanFrom(start), X: x}
	case "try":
		p.next()
		try := &ast.TryExpr{Body: p.expNest()}
		if p.accept("catch") {
			try.CatchPat = p.patNullary()
			try.Catch = p.expNest()
		} else if !p.is("finally") {
			p.fail("one of 'catch' 'finally'")
		}
		if p.accept("finally") {
			try.Finally = p.expNest()
		}
		try.Span = p.spanFrom(start)
		return try
	case "label":
		p.next()
		label := p.ident()
		typ := p.annotOpt()
		body := p.expNest()
		return &ast.LabelExpr{Span: p.spanFrom(start), Label: label, Type: typ, Body: body}
	case "break":
		p.next()
		label := p.optIdent()
		var value ast.Expr
		if label != nil && p.startsExpNullary() {
			value = p.expNullary()
		}
		return &ast.BreakExpr{Span: p.spanFrom(start), Label: label, Value: value}
	case "continue":
		p.next()
		label := p.optIdent()
		return &ast.ContinueExpr{Span: p.spanFrom(start), Label: label}
	case "if":
		p.next()
		cond := p.expNullary()
		then := p.expNest()
		var els ast.Expr
		if p.accept("else") {
			els = p.expNest()
		}
		return &ast.IfExpr{Span: p.spanFrom(start), Cond: cond, Then: then, Else: els}
	case "switch":
		p.next()
		x := p.expNullary()
		cases := p.cases()
		return &ast.SwitchExpr{Span: p.spanFrom(start), X: x, Cases: cases}
	case "while":
		p.next()
		cond := p.expNullary()
		body := p.expNest()
		return &ast.WhileExpr{Span: p.spanFrom(start), Cond: cond, Body: body}
	case "loop":
		p.next()
		body := p.expNest()
		var while ast.Expr
		if p.accept("while") {
			while = p.expNest()
		}
		return &ast.LoopExpr{Span: p.spanFrom(start), Body: body, While: while}
	case "for":
		p.next()
		p.expect("(")
		pat := p.pat()
		p.expect("in")
		iter := p.exp(true)
		p.expect(")")
		body := p.expNest()
		return &ast.ForExpr{Span: p.spanFrom(start), Pat: pat, Iter: iter, Body: body}
	case "do":
		p.next()
		if p.accept("?") {
			body := p.block()
			return &ast.DoOptExpr{Span: p.spanFrom(start), Body: body}
		}
		body := p.block()
		body.Span = p.spanFrom(start) // moc's span of `do { }` includes the `do`
		return body
	}
	return nil
}

// cases is the `{ case p e; ... }` of a switch.
func (p *parser) cases() []*ast.Case {
	p.expect("{")
	var cases []*ast.Case
	for !p.is("}") {
		start := p.start()
		p.expect("case")
		pat := p.patNullary()
		body := p.expNest()
		cases = append(cases, &ast.Case{Span: p.spanFrom(start), Pat: pat, Body: body})
		if !p.accept(";") && !p.is("}") {
			p.fail("one of ';' '}'")
		}
	}
	p.next()
	return cases
}

// Binding levels of binary operators, loosest first (moc's precedence
// table). Annotation `e : T` is the loosest, yet what it builds can still
// be the left operand of a tighter operator: `1 : Nat + 2` is
// `(1 : Nat) + 2`, as in moc.
const (
	levelAnnot = iota + 1
	levelPipe
	levelOr
	levelAnd
	levelRel // non-associative
	levelAdd
	levelMul
	levelBitOr
	levelBitAnd
	levelXor
	levelShift // non-associative
	levelPow
)

type binaryOp struct {
	level int
	op    ast.BinOp
}

var binaryOps = map[string]binaryOp{
	"==": {levelRel, ast.Eq}, "!=": {levelRel, ast.Neq}, "<=": {levelRel, ast.Le}, ">=": {levelRel, ast.Ge},
	"+": {levelAdd, ast.Add}, "-": {levelAdd, ast.Sub}, "+%": {levelAdd, ast.WrapAdd}, "-%": {levelAdd, ast.WrapSub}, "#": {levelAdd, ast.Cat},
	"*": {levelMul, ast.Mul}, "/": {levelMul, ast.Div}, "%": {levelMul, ast.Mod}, "*%": {levelMul, ast.WrapMul},
	"|": {levelBitOr, ast.Or}, "&": {levelBitAnd, ast.And}, "^": {levelXor, ast.Xor},
	"<<": {levelShift, ast.Shl}, ">>": {levelShift, ast.Shr}, "<<>": {levelShift, ast.Rotl}, "<>>": {levelShift, ast.Rotr},
	"**": {levelPow, ast.Pow}, "**%": {levelPow, ast.WrapPow},
}

// peekBinary returns the level of the binary operator (or `and`, `or`, `:`)
// at the next token; level 0 means there is none.
func peekBinary(tok plex.Token) binaryOp {
	switch tok.Type {
	case lexer.Compare:
		if tok.Value == "<" {
			return binaryOp{levelRel, ast.Lt}
		}
		return binaryOp{levelRel, ast.Gt}
	case lexer.Keyword:
		switch tok.Value {
		case "or":
			return binaryOp{level: levelOr}
		case "and":
			return binaryOp{level: levelAnd}
		}
	case lexer.Punct:
		switch tok.Value {
		case ":":
			return binaryOp{level: levelAnnot}
		case "|>":
			return binaryOp{level: levelPipe}
		}
		return binaryOps[tok.Value]
	}
	return binaryOp{}
}

// closesExpr reports whether tok ends an expression rather than starting
// one.
func closesExpr(tok plex.Token) bool {
	if tok.EOF() {
		return true
	}
	if tok.Type != lexer.Punct {
		return false
	}
	switch tok.Value {
	case ";", ")", "]", "}", ",":
		return true
	}
	return false
}

// expBin is a binary expression (moc's exp_bin).
func (p *parser) expBin() ast.Expr { return p.binary(levelAnnot) }

// binary climbs precedence: it parses operators binding at least minLevel.
func (p *parser) binary(minLevel int) ast.Expr {
	p.enter()
	defer p.leave()
	left, height := measure(p, p.expUn)
	operand := func(level int) (ast.Expr, int) {
		return measure(p, func() ast.Expr { return p.binary(level) })
	}
	chained := 0 // level of a non-associative operator just applied
	for {
		tok := p.peek()
		op := peekBinary(tok)
		if op.level == 0 || op.level < minLevel {
			return left
		}
		if op.level == chained {
			p.fail("no further operator of this kind (it is non-associative)")
		}
		p.next()
		if op.level != levelAnnot && closesExpr(p.peek()) {
			// moc's wording for an operator with nothing after it.
			p.fail("one of token or <phrase> sequence:\n  <exp_bin(ob)>")
		}
		chained = 0
		span := func(right ast.Node) ast.Span { return left.Where().To(right.Where()) }
		switch {
		case op.level == levelAnnot:
			typ, h := measure(p, p.typNobin)
			left = &ast.AnnotExpr{Span: span(typ), X: left, Type: typ}
			height = p.link(height, h)
			continue
		case op.level == levelPipe:
			left = p.pipe(left, p.binary(op.level+1))
		case op.level == levelOr:
			right, h := operand(op.level + 1)
			left = &ast.OrExpr{Span: span(right), X: left, Y: right}
			height = p.link(height, h)
		case op.level == levelAnd:
			right, h := operand(op.level + 1)
			left = &ast.AndExpr{Span: span(right), X: left, Y: right}
			height = p.link(height, h)
		default:
			right, h := operand(op.level + 1)
			left = &ast.BinaryExpr{Span: span(right), Op: op.op, X: left, Y: right}
			height = p.link(height, h)
		}
		if op.level == levelRel || op.level == levelShift {
			chained = op.level
		}
	}
}

// pipe makes `x |> y`: y with x bound to the name `_`, that is
// `{ let _ = x; y }` as moc reads it.
func (p *parser) pipe(x, y ast.Expr) ast.Expr {
	bind := &ast.LetDec{
		Span:  x.Where(),
		Pat:   &ast.VarPat{Span: x.Where(), Name: &ast.Ident{Span: x.Where(), Name: "_"}},
		Value: x,
	}
	return &ast.BlockExpr{Span: x.Where().To(y.Where()), Decs: []ast.Dec{bind, &ast.ExprDec{Span: y.Where(), X: y}}}
}

// expUn is a prefix form: `#tag e`, `?e`, `-e`, `+e`, `^e`, `not e`,
// `debug_show e`, or a postfix expression.
func (p *parser) expUn() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.start()
	tok := p.peek()
	switch {
	case isText(tok, "#"):
		p.next()
		tag := p.ident()
		var arg ast.Expr
		if p.startsExpNullary() {
			arg = p.expNullary()
		}
		return &ast.VariantExpr{Span: p.spanFrom(start), Tag: tag, Arg: arg}
	case isText(tok, "?"):
		p.next()
		x := p.expUn()
		return &ast.OptExpr{Span: p.spanFrom(start), X: x}
	case isText(tok, "debug_show"):
		p.next()
		x := p.expUn()
		return &ast.DebugShowExpr{Span: p.spanFrom(start), X: x}
	case isText(tok, "to_candid"):
		p.next()
		p.expect("(")
		args := commaList(p, ")", func() ast.Expr { return p.exp(true) })
		return &ast.ToCandidExpr{Span: p.spanFrom(start), Args: args}
	case isText(tok, "from_candid"):
		p.next()
		x := p.expUn()
		return &ast.FromCandidExpr{Span: p.spanFrom(start), X: x}
	case p.startsActorRef():
		p.next()
		x := p.expNullary()
		return &ast.ActorRefExpr{Span: p.spanFrom(start), X: x}
	}
	if op, ok := unaryOps[tok.Value]; ok && tok.Type != lexer.Ident {
		p.next()
		x := p.expUn()
		return &ast.UnaryExpr{Span: p.spanFrom(start), Op: op, X: x}
	}
	return p.expPost()
}

var unaryOps = map[string]ast.UnOp{"-": ast.Neg, "+": ast.Plus, "^": ast.BitNot, "not": ast.Not}

// expPost is an array literal or nullary expression followed by postfix
// forms: `[i]`, `.0`, `.name`, `!`, and calls `f<T> arg` / `f arg`.
func (p *parser) expPost() ast.Expr {
	start := p.start()
	first := p.expNullary
	if p.is("[") {
		first = p.arrayLit
	}
	x, height := measure(p, first)
	for {
		tok := p.peek()
		switch {
		case isText(tok, "["):
			p.next()
			index, h := measure(p, func() ast.Expr { return p.exp(true) })
			p.expect("]")
			x = &ast.IndexExpr{Span: p.spanFrom(start), X: x, Index: index}
			height = p.link(height, h)
		case tok.Type == lexer.DotNum:
			p.next()
			n, err := strconv.Atoi(lexer.NumberValue(tok.Value[1:]))
			if err != nil {
				p.failAt(p.tokSpan(tok), "M0001", "tuple index out of range")
			}
			x = &ast.ProjExpr{Span: p.spanFrom(start), X: x, Index: n}
			height = p.link(height)
		case isText(tok, "."):
			p.next()
			name := p.ident()
			x = &ast.DotExpr{Span: p.spanFrom(start), X: x, Name: name}
			height = p.link(height)
		case isText(tok, "!"):
			p.next()
			x = &ast.BangExpr{Span: p.spanFrom(start), X: x}
			height = p.link(height)
		case isText(tok, "<"):
			typeArgs, ht := measure(p, p.typeArgs)
			if !p.startsExpNullary() {
				p.fail("<exp_arg>")
			}
			arg, h := measure(p, p.expNullary)
			x = &ast.CallExpr{Span: p.spanFrom(start), Fn: x, TypeArgs: typeArgs, Arg: arg}
			height = p.link(height, ht, h)
		case p.startsExpNullary(): // a juxtaposed argument; `f [1]` indexes instead
			arg, h := measure(p, p.expNullary)
			x = &ast.CallExpr{Span: p.spanFrom(start), Fn: x, Arg: arg}
			height = p.link(height, h)
		default:
			return x
		}
	}
}

// arrayLit is `[a, b]` or `[var a, b]`.
func (p *parser) arrayLit() ast.Expr {
	start := p.start()
	p.expect("[")
	mut := p.accept("var")
	elems := commaList(p, "]", func() ast.Expr { return p.exp(false) })
	return &ast.ArrayExpr{Span: p.spanFrom(start), Mut: mut, Elems: elems}
}

// commaList parses items separated by `,` (one may follow the last) and
// the closing token.
func commaList[T any](p *parser, closer string, item func() T) []T {
	var items []T
	for !p.is(closer) {
		items = append(items, item())
		if !p.accept(",") && !p.is(closer) {
			p.fail("one of ',' " + quote(closer))
		}
	}
	p.next()
	return items
}

// expNullary is a literal, a name, a parenthesised or tuple expression, or
// a record literal: the arguments of calls and the conditions of `if`,
// `while` and `switch`.
func (p *parser) expNullary() ast.Expr {
	tok := p.peek()
	switch {
	case isLiteral(tok):
		return p.literal()
	case tok.Type == lexer.Ident || isText(tok, "_"): // `_` names what `|>` pipes
		p.next()
		return &ast.VarExpr{Span: p.tokSpan(tok), Name: tok.Value}
	case isText(tok, "("):
		return p.parenExp()
	case isText(tok, "{"):
		return p.record()
	}
	p.fail("<exp>")
	return nil
}

// parenExp is `()`, `(e)` or `(a, b)`.
func (p *parser) parenExp() ast.Expr {
	start := p.start()
	p.expect("(")
	elems := commaList(p, ")", func() ast.Expr { return p.exp(true) })
	if len(elems) == 1 {
		return &ast.ParenExpr{Span: p.spanFrom(start), X: elems[0]}
	}
	return &ast.TupleExpr{Span: p.spanFrom(start), Elems: elems}
}

// record is a record literal: `{}`, `{a = 1; var b : T = 2; c}` (a bare
// field name takes the variable's value), `{r1 and r2}` or
// `{r1 and r2 with a = 1}`.
func (p *parser) record() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.start()
	p.expect("{")
	rec := &ast.RecordExpr{}
	if !p.startsExpField() {
		rec.Bases = append(rec.Bases, p.expPost())
		for p.accept("and") {
			rec.Bases = append(rec.Bases, p.expPost())
		}
		switch {
		case p.accept("with"):
			rec.Fields = append(rec.Fields, p.expField())
			if p.accept(";") {
				rec.Fields = append(rec.Fields, p.expFields()...)
			}
		case len(rec.Bases) == 1:
			p.fail("one of 'and' 'with'")
		}
		p.expect("}")
	} else {
		rec.Fields = p.expFields()
		p.expect("}")
	}
	rec.Span = p.spanFrom(start)
	return rec
}

// startsExpField tells a record's fields from its bases: fields start with
// `var` or a name followed by `=`, `:`, `;` or `}`.
func (p *parser) startsExpField() bool {
	if p.is("}") || p.is("var") {
		return true
	}
	if !p.isKind(lexer.Ident) {
		return false
	}
	after := p.peekAt1()
	return isText(after, "=") || isText(after, ":") || isText(after, ";") || isText(after, "}")
}

// expFields parses record fields separated by `;` up to the closing `}`.
func (p *parser) expFields() []*ast.ExpField {
	var fields []*ast.ExpField
	for !p.is("}") {
		fields = append(fields, p.expField())
		if !p.accept(";") && !p.is("}") {
			p.fail("one of ';' '}'")
		}
	}
	return fields
}

// expField is `var? name (: T)? (= e)?`.
func (p *parser) expField() *ast.ExpField {
	start := p.start()
	field := &ast.ExpField{Mut: p.accept("var")}
	field.Name = p.ident()
	field.Type = p.annotOpt()
	if p.accept("=") {
		field.Value = p.exp(true)
	} else {
		field.Value = &ast.VarExpr{Span: field.Name.Span, Name: field.Name.Name}
	}
	field.Span = p.spanFrom(start)
	return field
}

func isLiteral(tok plex.Token) bool {
	switch tok.Type {
	case lexer.Nat, lexer.Float, lexer.Char, lexer.Text:
		return true
	case lexer.Keyword:
		return tok.Value == "true" || tok.Value == "false" || tok.Value == "null"
	}
	return false
}

// literal parses a literal token.
func (p *parser) literal() *ast.LitExpr {
	tok := p.next()
	lit := &ast.LitExpr{Span: p.tokSpan(tok)}
	switch tok.Type {
	case lexer.Nat:
		lit.Kind, lit.Value = ast.NatLit, lexer.NumberValue(tok.Value)
	case lexer.Float:
		lit.Kind, lit.Value = ast.FloatLit, lexer.FloatValue(tok.Value)
	case lexer.Char:
		lit.Kind, lit.Rune = ast.CharLit, lexer.CharValue(tok.Value)
	case lexer.Text:
		lit.Kind, lit.Text = ast.TextLit, lexer.TextValue(tok.Value)
	default:
		if tok.Value == "null" {
			lit.Kind = ast.NullLit
		} else {
			lit.Kind, lit.Bool = ast.BoolLit, tok.Value == "true"
		}
	}
	return lit
}

// startsExpNullary reports whether an expNullary can start at the next token.
func (p *parser) startsExpNullary() bool {
	tok := p.peek()
	return isLiteral(tok) || tok.Type == lexer.Ident || isText(tok, "_") || isText(tok, "(") || isText(tok, "{")
}

// startsExp reports whether an expression can start at the next token.
func (p *parser) startsExp() bool {
	tok := p.peek()
	switch tok.Type {
	case lexer.Ident, lexer.Nat, lexer.Float, lexer.Char, lexer.Text:
		return true
	case lexer.Punct:
		switch tok.Value {
		case "(", "[", "{", "#", "?", "+", "-", "^", "_":
			return true
		}
	case lexer.Keyword:
		return expKeywords[tok.Value]
	}
	return false
}

var expKeywords = map[string]bool{
	"null": true, "true": true, "false": true, "not": true, "debug_show": true, "to_candid": true, "from_candid": true,
	"return": true, "async": true, "await": true, "async*": true, "await*": true, "await?": true, "assert": true, "label": true,
	"break": true, "continue": true, "if": true, "switch": true, "while": true,
	"loop": true, "for": true, "ignore": true, "do": true, "try": true, "throw": true, "debug": true,
	"let": true, "var": true, "type": true, "func": true, "shared": true, "query": true,
	"composite": true, "object": true, "module": true, "actor": true, "persistent": true, "class": true,
}
