package parser

import (
	"fmt"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/lexer"
)

// importDec is `import pat "path"` (an `=` before the path is allowed).
func (p *parser) importDec() ast.Dec {
	start := p.start()
	p.expect("import")
	pat := p.patNullary()
	p.accept("=")
	if !p.isKind(lexer.Text) {
		p.fail("<text>")
	}
	path := lexer.TextValue(p.next().Value)
	return &ast.ImportDec{Span: p.spanFrom(start), Pat: pat, Path: path}
}

// dec is a declaration or an expression used as one. letElse allows
// `let p = e else fail`, which moc accepts only where a declaration stands
// on its own (in a block, program or object body), not as an expression.
func (p *parser) dec(letElse bool) ast.Dec {
	p.enter()
	defer p.leave()
	switch {
	case p.is("var"):
		return p.varDec()
	case p.is("let"):
		return p.letDec(letElse)
	case p.is("type"):
		return p.typeDec()
	case p.startsFuncOrObject():
		return p.funcOrObjectDec()
	case p.is("(") && isText(p.peekAt1(), "with"):
		return p.parentheticalDec()
	}
	x := p.expNondec()
	return &ast.ExprDec{Span: x.Where(), X: x}
}

// parentheticalDec is `(with field = e; ...)` before an actor or actor
// class, as in `(with migration = f) actor { ... }`.
func (p *parser) parentheticalDec() ast.Dec {
	start := p.start()
	p.expect("(")
	p.expect("with")
	var with []*ast.ExpField
	for !p.is(")") {
		with = append(with, p.expField())
		if !p.accept(";") && !p.is(")") {
			p.fail("one of ';' ')'")
		}
	}
	p.next()
	if !p.startsFuncOrObject() {
		p.fail("'actor'")
	}
	d := p.funcOrObjectDec()
	switch d := d.(type) {
	case *ast.ClassDec:
		if d.Sort == ast.Actor {
			d.With, d.Span = with, p.spanFrom(start)
			return d
		}
	case *ast.ExprDec:
		if obj, ok := d.X.(*ast.ObjectExpr); ok && obj.Sort == ast.Actor {
			obj.With, obj.Span = with, p.spanFrom(start)
			d.Span = obj.Span
			return d
		}
	case *ast.LetDec:
		if obj, ok := d.Value.(*ast.ObjectExpr); ok && obj.Sort == ast.Actor {
			obj.With = with
			return d
		}
	}
	p.failAt(d.Where(), "M0001", "a parenthetical `(with ...)` must precede an actor")
	return nil
}

// startsDec reports whether a declaration other than an expression comes
// next; `var` counts only if allowVar.
func (p *parser) startsDec(allowVar bool) bool {
	return allowVar && p.is("var") || p.is("let") || p.is("type") || p.startsFuncOrObject()
}

func (p *parser) startsFuncOrObject() bool {
	if p.startsActorRef() {
		return false
	}
	for _, kw := range []string{"func", "shared", "query", "composite", "object", "module", "actor", "persistent", "class"} {
		if p.is(kw) {
			return true
		}
	}
	return false
}

// startsActorRef reports whether `actor` starts an actor reference
// `actor "text"` or `actor (e)` rather than an actor.
func (p *parser) startsActorRef() bool {
	next := p.peekAt1()
	return p.is("actor") && (next.Type == lexer.Text || isText(next, "("))
}

// varDec is `var x : T = e`.
func (p *parser) varDec() ast.Dec {
	start := p.start()
	p.expect("var")
	name := p.ident()
	typ := p.annotOpt()
	p.expect("=")
	value := p.exp(true)
	return &ast.VarDec{Span: p.spanFrom(start), Name: name, Type: typ, Value: value}
}

// letDec is `let pat = e`, with `else fail` if letElse.
func (p *parser) letDec(letElse bool) ast.Dec {
	start := p.start()
	p.expect("let")
	dec := &ast.LetDec{Pat: p.pat()}
	p.expect("=")
	dec.Value = p.exp(true)
	if letElse && p.accept("else") {
		dec.Else = p.expNest()
	}
	dec.Span = p.spanFrom(start)
	return dec
}

// typeDec is `type T<A, B <: C> = t`.
func (p *parser) typeDec() ast.Dec {
	start := p.start()
	p.expect("type")
	name := p.ident()
	params := p.typeParamsOpt()
	p.expect("=")
	typ := p.typ()
	return &ast.TypeDec{Span: p.spanFrom(start), Name: name, Params: params, Type: typ}
}

// annotOpt parses `: T` if present.
func (p *parser) annotOpt() ast.Type {
	if p.accept(":") {
		return p.typ()
	}
	return nil
}

// funcOrObjectDec parses the declarations that start with a function or
// object sort: functions (`shared query func f ...`), objects, modules and
// actors (`persistent actor A { ... }`) and classes. Named objects become
// `let Name = <object>`; anonymous functions and objects are expressions.
func (p *parser) funcOrObjectDec() ast.Dec {
	start := p.start()
	sort, sharedPat := p.sharedPatOpt()
	if p.is("func") {
		fn := p.funcExpr(start, sort, sharedPat)
		if fn.Name == nil {
			return &ast.ExprDec{Span: fn.Span, X: fn}
		}
		return &ast.FuncDec{Span: fn.Span, Func: fn}
	}
	persistent := p.accept("persistent")
	objSort, hasSort := ast.Actor, true
	if persistent {
		p.expect("actor")
	} else {
		objSort, hasSort = p.objSortOpt()
	}
	if p.is("class") || !hasSort {
		return p.classDec(start, objSort, persistent, sharedPat)
	}
	if sort != ast.LocalFunc {
		p.fail("'func' or 'class'")
	}
	name := p.optIdent()
	typ := p.annotOpt()
	p.accept("=")
	fields := p.objBody(objSort == ast.Module)
	p.checkPublicClassesNamed(fields)
	if objSort == ast.Actor {
		shareMessages(fields)
	}
	var obj ast.Expr = &ast.ObjectExpr{Span: p.spanFrom(start), Sort: objSort, Persistent: persistent, Name: name, Fields: fields}
	if typ != nil {
		obj = &ast.AnnotExpr{Span: p.spanFrom(start), X: obj, Type: typ}
	}
	if name == nil {
		return &ast.ExprDec{Span: p.spanFrom(start), X: obj}
	}
	return &ast.LetDec{Span: p.spanFrom(start), Pat: &ast.VarPat{Span: name.Span, Name: name}, Value: obj}
}

// sharedPatOpt parses `shared`, `shared query`, `query`, `composite query`
// with an optional pattern for the message context, as in `shared({caller})`.
func (p *parser) sharedPatOpt() (ast.FuncSort, ast.Pat) {
	sort := ast.LocalFunc
	switch {
	case p.accept("shared"):
		sort = ast.SharedFunc
		if q, ok := p.querySortOpt(); ok {
			sort = q
		}
	default:
		q, ok := p.querySortOpt()
		if !ok {
			return ast.LocalFunc, nil
		}
		sort = q
	}
	if p.startsPatPlain() {
		return sort, p.patPlain()
	}
	return sort, nil
}

// querySortOpt parses `query` or `composite query`.
func (p *parser) querySortOpt() (ast.FuncSort, bool) {
	switch {
	case p.accept("query"):
		return ast.QueryFunc, true
	case p.accept("composite"):
		p.expect("query")
		return ast.CompositeQueryFunc, true
	}
	return ast.LocalFunc, false
}

func (p *parser) objSortOpt() (ast.ObjSort, bool) {
	switch {
	case p.accept("object"):
		return ast.Object, true
	case p.accept("module"):
		return ast.Module, true
	case p.accept("actor"):
		return ast.Actor, true
	}
	return ast.Object, false
}

// funcExpr parses from `func` on: `func f<T>(params) : R = e` or with a
// block body; the name is optional.
func (p *parser) funcExpr(start ast.Pos, sort ast.FuncSort, sharedPat ast.Pat) *ast.FuncExpr {
	p.expect("func")
	name, params, param := p.funcPat()
	result := p.annotOpt()
	var body ast.Expr
	at, async := result.(*ast.AsyncType)
	if p.accept("=") {
		body = p.exp(true)
	} else {
		if !p.is("{") {
			p.fail("one of '=' '{'")
		}
		if p.src != "" && name != nil && !async {
			body = p.skipBody()
		} else {
			body = p.block()
		}
		if async {
			// `func f() : async T { ... }` is `func f() : async T = async { ... }`,
			// and alike for `async*`.
			body = &ast.AsyncExpr{Span: body.Where(), Star: at.Star, X: body}
		}
	}
	return &ast.FuncExpr{
		Span: p.spanFrom(start), Sort: sort, SharedPat: sharedPat, Name: name,
		TypeParams: params, Param: param, Result: result, Body: body,
	}
}

// skipBody passes over a block body, from `{` to its matching `}`, leaving
// it to be parsed when needed.
func (p *parser) skipBody() ast.Expr {
	open := p.peek().Pos
	// The scanner skips from the `{`: the tokens lexed from there go.
	p.lexed = 0
	end, ok := p.lex.SkipBlock(open)
	if !ok {
		p.fail("'}'")
	}
	p.lastEnd = toPos(end)
	src := p.src
	return &ast.Unparsed{
		Span:  ast.Span{File: p.file, Start: toPos(open), End: p.lastEnd},
		Parse: func() (*ast.BlockExpr, error) { return parseBody(src, open, end.Offset) },
	}
}

// funcPat is the optional name, type parameters and parameter pattern of a
// function or class. In `func x = e` the only name is the parameter, as moc
// reads it.
func (p *parser) funcPat() (*ast.Ident, []*ast.TypeParam, ast.Pat) {
	name := p.optIdent()
	if name != nil && !p.is("<") && !p.startsPatPlain() {
		return nil, nil, &ast.VarPat{Span: name.Span, Name: name}
	}
	params := p.typeParamsOpt()
	return name, params, p.patPlain()
}

// classDec parses from `class` on: `class C<T>(params) : R = self { ... }`.
func (p *parser) classDec(start ast.Pos, sort ast.ObjSort, persistent bool, sharedPat ast.Pat) ast.Dec {
	p.expect("class")
	dec := &ast.ClassDec{Sort: sort, Persistent: persistent, SharedPat: sharedPat}
	dec.Name, dec.TypeParams, dec.Param = p.funcPat()
	if dec.Name == nil {
		// As moc, an anonymous class gets a name no program can write.
		dec.Name = &ast.Ident{Span: ast.Span{File: p.file, Start: start, End: start},
			Name: fmt.Sprintf("%sclass-%d.%d", ast.AnonymousPrefix, start.Line, start.Col)}
	}
	dec.Result = p.annotOpt()
	if p.accept("=") {
		dec.SelfName = p.optIdent()
	}
	dec.Fields = p.objBody(sort != ast.Actor) // an actor's functions are its messages, made shared below
	if sort == ast.Actor {
		shareMessages(dec.Fields)
	}
	dec.Span = p.spanFrom(start)
	return dec
}

// shareMessages makes the public functions of an actor body shared, as
// moc's parser does: they are the actor's messages.
func shareMessages(fields []*ast.DecField) {
	for _, field := range fields {
		if fd, ok := field.Dec.(*ast.FuncDec); ok && field.Vis == ast.Public && fd.Func.Sort == ast.LocalFunc {
			fd.Func.Sort = ast.SharedFunc
		}
	}
}

// objBody is `{ fields }`, fields separated by `;`. In a library known to
// parse, the named functions of a body are skipped whole when deferFuncs is
// set (see ParseLibrary).
func (p *parser) objBody(deferFuncs bool) []*ast.DecField {
	p.expect("{")
	var fields []*ast.DecField
	for !p.is("}") {
		fields = append(fields, p.decField(deferFuncs && p.src != ""))
		if !p.accept(";") && !p.is("}") {
			p.fail("one of ';' '}'")
		}
	}
	p.next()
	return fields
}

// decField is a declaration with optional visibility and stability; a
// named function is skipped whole when deferFuncs is set.
func (p *parser) decField(deferFuncs bool) *ast.DecField {
	start := p.start()
	field := &ast.DecField{}
	switch {
	case p.accept("public"):
		field.Vis = ast.Public
	case p.accept("private"):
		field.Vis = ast.Private
	case p.accept("system"):
		field.Vis = ast.System
	}
	switch {
	case p.accept("stable"):
		field.Stability = ast.Stable
	case p.accept("flexible"):
		field.Stability = ast.Flexible
	case p.accept("transient"):
		field.Stability = ast.Transient
	}
	if deferFuncs && field.Vis != ast.System && field.Stability == ast.DefaultStability && p.atNamedFunc() {
		field.Dec = p.deferredFunc()
	} else {
		field.Dec = p.dec(true)
	}
	field.Span = p.spanFrom(start)
	return field
}

// atNamedFunc reports whether a named function's declaration starts here:
// `func`, its name, and `<` or `(` right after the name (in `func x = e`,
// x is the parameter of an anonymous function).
func (p *parser) atNamedFunc() bool {
	if !p.is("func") {
		return false
	}
	name := p.peekAt1()
	if name.Type != lexer.Ident {
		return false
	}
	after := strings.TrimLeft(p.src[lexer.End(name).Offset:], " \t\r\n")
	return strings.HasPrefix(after, "<") || strings.HasPrefix(after, "(")
}

// deferredFunc skips a function declaration of a body, `func f ...` to the
// `;` or `}` after it, leaving it to be parsed when needed.
func (p *parser) deferredFunc() ast.Dec {
	start := p.peek().Pos
	p.next()
	name := p.ident()
	// The scanner skips from `func`: the tokens lexed from there go.
	p.lexed = 0
	end, ok := p.lex.SkipDeclaration(start)
	if !ok {
		p.fail("one of ';' '}'")
	}
	p.lastEnd = toPos(end)
	src := p.src[:end.Offset]
	fn := &ast.FuncExpr{Span: ast.Span{File: p.file, Start: toPos(start), End: p.lastEnd}, Sort: ast.LocalFunc, Name: name}
	fn.Deferred = func() (*ast.FuncExpr, error) { return parseDeferredFunc(src, start) }
	return &ast.FuncDec{Span: fn.Span, Func: fn}
}

// checkPublicClassesNamed rejects `public class () {}` in an object, module
// or actor body, as moc's parser does.
func (p *parser) checkPublicClassesNamed(fields []*ast.DecField) {
	for _, field := range fields {
		if class, ok := field.Dec.(*ast.ClassDec); ok && field.Vis == ast.Public && strings.HasPrefix(class.Name.Name, ast.AnonymousPrefix) {
			p.failAt(class.Span, "M0158", "a public class cannot be anonymous, please provide a name")
		}
	}
}
