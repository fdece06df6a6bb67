package interp

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// paramCount is the number of parameters a parameter pattern declares,
// as the checker counts them: a tuple pattern has one per element.
func paramCount(p ast.Pat) int {
	if tp, ok := p.(*ast.TuplePat); ok {
		return len(tp.Elems)
	}
	return 1
}

// funcParamCount is the number of parameters of a function literal: its
// type's, which differs from its pattern's when a tuple pattern was checked
// against one tuple parameter (`func(n, t) = t` passed as `T -> U` with T a
// tuple takes the tuple whole).
func (c *compiler) funcParamCount(fe *ast.FuncExpr) int {
	if ft, ok := c.info.Types[fe].(*types.Func); ok {
		return len(ft.Params)
	}
	return paramCount(fe.Param)
}

// funcExpr compiles a function to the code that makes its closure.
func (c *compiler) funcExpr(fe *ast.FuncExpr) evalFn {
	code := c.function(fe, nil, 0, nil, func() evalFn { return c.expr(c.funcBody(fe)) })
	return func(t *Thread, f *Frame) Value { return Value{Ref: &closure{code: code, env: f}} }
}

// funcBody is the code a function runs: a shared function's body runs as
// the message itself, without its `async`.
func (c *compiler) funcBody(fe *ast.FuncExpr) ast.Expr {
	if _, unparsed := fe.Body.(*ast.Unparsed); unparsed {
		c.fail(fe, "internal error: the body of %s was never checked", fe.Name.Name)
	}
	body := fe.Body
	if a, ok := body.(*ast.AsyncExpr); ok && fe.Sort != ast.LocalFunc {
		body = a.X
	}
	if b, ok := body.(*ast.BlockExpr); ok && len(b.Decs) == 1 {
		if d, ok := b.Decs[0].(*ast.ExprDec); ok {
			if a, ok := d.X.(*ast.AssertExpr); ok {
				c.soleAsserts[a] = b.Span
			}
		}
	}
	return body
}

// function compiles a function body in a scope of its own, parameters in
// the first slots: fe's, or a class constructor's (fe nil) of n parameters
// param; sharedPat, if any, matches the message context of a shared
// function. A library function is compiled when first called (see
// funcCode.pending), and parsed and checked then if the parser and checker
// left it (ast.FuncExpr.Deferred, types.Info.Unchecked): a program calls few
// of the functions its imports define.
func (c *compiler) function(fe *ast.FuncExpr, param ast.Pat, n int, sharedPat ast.Pat, compileBody func() evalFn) *funcCode {
	code := &funcCode{lib: c.lib}
	outer := c.scope
	compile := func() {
		if fe != nil {
			c.info.Complete(fe)
			param, n, sharedPat = fe.Param, c.funcParamCount(fe), fe.SharedPat
		}
		enclosing, saved, loopLabel := c.scope, c.funcState, c.loopLabel
		sc := &scope{parent: outer, size: n}
		c.scope, c.funcState, c.loopLabel = sc, funcState{leaf: true}, -1
		code.prologue = c.params(param, n)
		if sharedPat != nil {
			code.prologue = c.withContext(code.prologue, sharedPat)
		}
		code.body = compileBody()
		code.leaf = c.leaf
		code.nslots = sc.size
		c.scope, c.funcState, c.loopLabel = enclosing, saved, loopLabel
	}
	if c.lib {
		code.pending = func() {
			lib := c.lib
			c.lib = true
			compile()
			c.lib = lib
			code.pending = nil
		}
	} else {
		compile()
	}
	c.leaf = false // the enclosing code makes a closure of this function
	return code
}

// params binds parameter patterns to the argument slots 0..n-1. Plain names
// use the argument slot itself; other patterns are matched by the prologue.
func (c *compiler) params(param ast.Pat, n int) func(*Thread, *Frame) {
	pats := []ast.Pat{param}
	if n != 1 {
		tp, ok := param.(*ast.TuplePat)
		if !ok {
			// One pattern for all the arguments (`func _ = e` of type
			// () -> T): it matches them as a tuple.
			return c.wholeParams(param, n)
		}
		pats = tp.Elems
	}
	var checks []func(*Thread, *Frame)
	site := c.site(param)
	for i, p := range pats {
		if id, ok := varPat(p); ok {
			c.slots[c.info.Defs[id]] = slot{scope: c.scope, index: i}
			continue
		}
		for _, id := range ast.PatVars(p) {
			c.declare(id, false)
		}
		match, i := c.pattern(p), i
		checks = append(checks, func(t *Thread, f *Frame) {
			if !match(t, f, f.slots[i]) {
				trap(site, "pattern failed")
			}
		})
	}
	switch len(checks) {
	case 0:
		return nil
	case 1:
		return checks[0]
	}
	return func(t *Thread, f *Frame) {
		for _, check := range checks {
			check(t, f)
		}
	}
}

// wholeParams matches one pattern against the n arguments as one tuple.
func (c *compiler) wholeParams(param ast.Pat, n int) func(*Thread, *Frame) {
	for _, id := range ast.PatVars(param) {
		c.declare(id, false)
	}
	match, site := c.pattern(param), c.site(param)
	return func(t *Thread, f *Frame) {
		if !match(t, f, value.MakeTuple(append([]Value(nil), f.slots[:n]...))) {
			trap(site, "pattern failed")
		}
	}
}

// argsFn evaluates a call's argument into dst, one value per parameter.
type argsFn func(t *Thread, f *Frame, dst []Value)

// args compiles the argument of a call to a function of n parameters: a
// tuple literal is evaluated element by element, another expression is
// evaluated and its tuple spread.
func (c *compiler) args(arg ast.Expr, n int) argsFn {
	if n == 1 {
		a := c.operand(arg)
		return func(t *Thread, f *Frame, dst []Value) { dst[0] = a(t, f) }
	}
	if tup, ok := arg.(*ast.TupleExpr); ok && len(tup.Elems) == n {
		elems := make([]evalFn, n)
		for i, el := range tup.Elems {
			elems[i] = c.operand(el)
		}
		switch n {
		case 0:
			return func(*Thread, *Frame, []Value) {}
		case 2:
			a, b := elems[0], elems[1]
			return func(t *Thread, f *Frame, dst []Value) {
				dst[0] = a(t, f)
				dst[1] = b(t, f)
			}
		}
		return func(t *Thread, f *Frame, dst []Value) {
			for i, el := range elems {
				dst[i] = el(t, f)
			}
		}
	}
	a := c.operand(arg)
	if n == 0 {
		return func(t *Thread, f *Frame, _ []Value) { a(t, f) }
	}
	return func(t *Thread, f *Frame, dst []Value) { copy(dst, a(t, f).AsTuple()) }
}

// call compiles an application. Arguments are evaluated straight into the
// callee's frame; one- and two-argument calls avoid the argument loop.
func (c *compiler) call(x *ast.CallExpr) evalFn {
	if elab, ok := c.info.Elaborated[x]; ok {
		// Implicit arguments inserted, or a contextual dot resolved.
		return c.call(elab)
	}
	if fn := c.ofNone(x.Fn); fn != nil {
		return fn
	}
	if fn := c.builtinCall(x); fn != nil {
		return fn
	}
	ft, ok := c.typeOf(x.Fn).(*types.Func)
	if !ok {
		c.fail(x, "internal error: calling a value of type %s", types.String(c.typeOf(x.Fn)))
	}
	if ft.Sort != ast.LocalFunc {
		return c.sharedCall(x, ft)
	}
	n := len(ft.Params)
	fn := c.operand(x.Fn)
	site := c.site(x) // nil in library code
	if n == 1 {
		arg := c.operand(x.Arg)
		return func(t *Thread, f *Frame) Value {
			callee := fn(t, f)
			if cl, ok := callee.Ref.(*closure); ok {
				fr := t.frameFor(cl)
				fr.slots[0] = arg(t, f)
				return t.enter(cl.code, fr, site)
			}
			argv := t.pushArgs(1)
			argv[0] = arg(t, f)
			r := t.callBuiltin(callee, argv, site)
			t.popArgs(1)
			return r
		}
	}
	args := c.args(x.Arg, n)
	return func(t *Thread, f *Frame) Value {
		callee := fn(t, f)
		if cl, ok := callee.Ref.(*closure); ok {
			fr := t.frameFor(cl)
			args(t, f, fr.slots)
			return t.enter(cl.code, fr, site)
		}
		argv := t.pushArgs(n)
		args(t, f, argv)
		r := t.callBuiltin(callee, argv, site)
		t.popArgs(n)
		return r
	}
}

// enter runs a closure's code called from site (nil in library code); a
// call from user code into a library records its site for traps.
func (t *Thread) enter(code *funcCode, fr *Frame, site *ast.Span) Value {
	if site != nil && code.lib {
		saved := t.site
		t.site = site
		r := t.run(code, fr, site)
		t.site = saved
		return r
	}
	return t.run(code, fr, site)
}

// callBuiltin calls a function implemented in Go from site (nil in
// library code).
func (t *Thread) callBuiltin(callee Value, args []Value, site *ast.Span) Value {
	b, ok := callee.Ref.(*value.Builtin)
	if !ok {
		panic("interp: calling a value that is not a function")
	}
	savedPrim := t.prim
	t.prim = b
	var r Value
	if site != nil {
		saved := t.site
		t.site = site
		r = b.Fn(t, args)
		t.site = saved
	} else {
		r = b.Fn(t, args)
	}
	t.prim = savedPrim
	return r
}
