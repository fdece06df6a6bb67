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

// funcExpr compiles a function to the code that makes its closure.
func (c *compiler) funcExpr(fe *ast.FuncExpr) evalFn {
	name := "anonymous"
	if fe.Name != nil {
		name = fe.Name.Name
	}
	code := c.function(name, fe.Param, func() evalFn { return c.expr(fe.Body) })
	return func(t *Thread, f *Frame) Value { return Value{Ref: &closure{code: code, env: f}} }
}

// function compiles a function (or class constructor) body in a scope of
// its own, parameters in the first slots.
func (c *compiler) function(name string, param ast.Pat, compileBody func() evalFn) *funcCode {
	outer, saved, loopLabel := c.scope, c.funcState, c.loopLabel
	sc := &scope{parent: outer}
	c.scope, c.funcState, c.loopLabel = sc, funcState{}, -1
	code := &funcCode{name: name, lib: c.lib}
	n := paramCount(param)
	sc.size = n
	code.prologue = c.params(param, n)
	code.body = compileBody()
	code.nslots = sc.size
	c.scope, c.funcState, c.loopLabel = outer, saved, loopLabel
	return code
}

// params binds parameter patterns to the argument slots 0..n-1. Plain names
// use the argument slot itself; other patterns are matched by the prologue.
func (c *compiler) params(param ast.Pat, n int) func(*Thread, *Frame) {
	pats := []ast.Pat{param}
	if n != 1 {
		pats = param.(*ast.TuplePat).Elems
	}
	var checks []func(*Thread, *Frame)
	site := c.site(param)
	for i, p := range pats {
		if id, ok := varPat(p); ok {
			c.slots[c.info.Defs[id]] = slot{scope: c.scope, index: i}
			continue
		}
		for _, id := range patVars(p) {
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

// call compiles an application.
func (c *compiler) call(x *ast.CallExpr) evalFn {
	if fn := c.builtinCall(x); fn != nil {
		return fn
	}
	ft, ok := c.typeOf(x.Fn).(*types.Func)
	if !ok {
		c.fail(x, "internal error: calling a value of type %s", types.String(c.typeOf(x.Fn)))
	}
	n := len(ft.Params)
	fn := c.operand(x.Fn)
	args := c.args(x.Arg, n)
	site := c.site(x) // nil in library code
	user := site != nil
	return func(t *Thread, f *Frame) Value {
		switch callee := fn(t, f).Ref.(type) {
		case *closure:
			code := callee.code
			fr := newFrame(code.nslots, callee.env)
			args(t, f, fr.slots)
			if user && code.lib {
				saved := t.site
				t.site = site
				r := t.run(code, fr, site)
				t.site = saved
				return r
			}
			return t.run(code, fr, site)
		case *value.Builtin:
			argv := make([]Value, n)
			args(t, f, argv)
			if user {
				saved := t.site
				t.site = site
				r := callee.Fn(t, argv)
				t.site = saved
				return r
			}
			return callee.Fn(t, argv)
		}
		panic("interp: calling a value that is not a function")
	}
}
