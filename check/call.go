package check

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// checkCall types an application, inferring type arguments when needed;
// want is the expected result type, or nil.
func (c *Checker) checkCall(e *env, x *ast.CallExpr, want types.Type) types.Type {
	ft := c.infer(e, x.Fn)
	f, ok := types.Promote(ft).(*types.Func)
	if !ok {
		c.fail(x.Fn, "M0097", "expected function type, but expression produces type%s", show(ft))
	}
	var targs []types.Type
	switch {
	case len(x.TypeArgs) > 0:
		if len(x.TypeArgs) != len(f.TypeParams) {
			c.fail(x, "M0045", "wrong number of type arguments: expected %d but got %d", len(f.TypeParams), len(x.TypeArgs))
		}
		targs = make([]types.Type, len(x.TypeArgs))
		for i, a := range x.TypeArgs {
			targs[i] = c.resolveType(e, a)
		}
	case len(f.TypeParams) > 0:
		targs = c.inferTypeArgs(e, x, f, want)
	}
	if len(targs) > 0 {
		for i, v := range f.TypeParams {
			bound := types.Subst(v.Bound, f.TypeParams, targs)
			if types.Sub(targs[i], bound) {
				continue
			}
			var at ast.Node = x
			if len(x.TypeArgs) > 0 {
				at = x.TypeArgs[i]
			}
			c.fail(at, "M0046", "type argument%s\ndoes not match parameter bound%s", showActual(targs[i]), showActual(bound))
		}
		c.info.Instances[x] = targs
	}
	params := substAll(f.Params, f.TypeParams, targs)
	results := substAll(f.Results, f.TypeParams, targs)
	var pt types.Type
	if len(params) == 1 {
		pt = unname(params[0])
	} else {
		pt = &types.Tuple{Elems: params}
	}
	c.check(e, x.Arg, pt)
	rt := types.Seq(stripNames(results))
	if want != nil {
		c.expectSub(e, x, rt, want)
	}
	return rt
}

func substAll(ts []types.Type, vs []*types.Var, args []types.Type) []types.Type {
	if len(args) == 0 {
		return ts
	}
	out := make([]types.Type, len(ts))
	for i, t := range ts {
		out[i] = types.Subst(t, vs, args)
	}
	return out
}

func stripNames(ts []types.Type) []types.Type {
	out := make([]types.Type, len(ts))
	for i, t := range ts {
		out[i] = unname(t)
	}
	return out
}

// inferTypeArgs finds type arguments for a generic call from the types of
// the explicit arguments (and, failing that, the others and the expected
// result), taking for each variable the least type that fits.
func (c *Checker) inferTypeArgs(e *env, x *ast.CallExpr, f *types.Func, want types.Type) []types.Type {
	args := []ast.Expr{x.Arg}
	if p, ok := x.Arg.(*ast.ParenExpr); ok {
		args = []ast.Expr{p.X}
	}
	if tup, ok := x.Arg.(*ast.TupleExpr); ok && len(f.Params) != 1 {
		args = tup.Elems
	}
	bounds := make(map[*types.Var]types.Type, len(f.TypeParams))
	from := map[*types.Var]int{} // the argument that gave each bound
	vars := make(map[*types.Var]bool, len(f.TypeParams))
	for _, v := range f.TypeParams {
		vars[v] = true
	}
	if len(args) == len(f.Params) {
		// Explicit arguments first: they fix the variables; literals then
		// take the type they fixed.
		for pass := 0; pass < 2; pass++ {
			for i, a := range args {
				if c.explicit(a) != (pass == 0) || !mentions(f.Params[i], vars, bounds) {
					continue
				}
				if fe, ok := a.(*ast.FuncExpr); ok && !funcAnnotated(fe) {
					continue
				}
				at := c.infer(e, a)
				c.preInferred[a] = at // spares checking it again below
				before := len(bounds)
				match(unname(f.Params[i]), at, vars, bounds)
				if len(bounds) > before {
					for v := range bounds {
						if _, ok := from[v]; !ok {
							from[v] = i
						}
					}
				}
			}
		}
	}
	if len(args) == len(f.Params) {
		// Unannotated function arguments: once their parameter types are
		// known, their bodies tell the result type.
		for i, a := range args {
			fe, ok := a.(*ast.FuncExpr)
			if !ok || funcAnnotated(fe) || !mentions(f.Params[i], vars, bounds) {
				continue
			}
			pf, ok := types.Normalize(unname(f.Params[i])).(*types.Func)
			if !ok || len(pf.TypeParams) > 0 {
				continue
			}
			params := substBounds(pf.Params, bounds)
			if anyMentions(params, vars, bounds) {
				continue
			}
			rt := c.inferLambda(e, fe, params)
			match(types.Seq(stripNames(pf.Results)), rt, vars, bounds)
		}
	}
	if want != nil {
		upper := map[*types.Var]types.Type{}
		for _, r := range f.Results {
			match(unname(r), want, vars, upper)
		}
		for _, v := range f.TypeParams {
			lo, hasLo := bounds[v]
			hi, hasHi := upper[v]
			switch {
			case hasLo && hasHi && !types.Sub(lo, hi):
				c.unsatisfiable(x, f, args, v, lo, from[v])
			case !hasLo && hasHi && hi != types.Any:
				bounds[v] = hi
			}
		}
	}
	targs := make([]types.Type, len(f.TypeParams))
	for i, v := range f.TypeParams {
		if b, ok := bounds[v]; ok {
			targs[i] = b
		} else {
			targs[i] = types.None
		}
	}
	return targs
}

// inferLambda infers the result type of an unannotated function literal
// given its parameter types (for type-argument inference only: the literal
// is checked properly afterwards).
func (c *Checker) inferLambda(e *env, f *ast.FuncExpr, params []types.Type) types.Type {
	inner := e.inner()
	inner.fn = &fnCtx{expr: f, result: types.Any}
	inner.labels = nil
	inner.doOpt = nil
	c.bindPat(inner, f.Param, types.Seq(stripNames(params)))
	return c.infer(inner, f.Body)
}

func substBounds(ts []types.Type, bounds map[*types.Var]types.Type) []types.Type {
	vs := make([]*types.Var, 0, len(bounds))
	args := make([]types.Type, 0, len(bounds))
	for v, t := range bounds {
		vs = append(vs, v)
		args = append(args, t)
	}
	return substAll(ts, vs, args)
}

func anyMentions(ts []types.Type, vars map[*types.Var]bool, bounds map[*types.Var]types.Type) bool {
	for _, t := range ts {
		if mentions(t, vars, bounds) {
			return true
		}
	}
	return false
}

// mentions reports whether t contains a variable not yet bound.
func mentions(t types.Type, vars map[*types.Var]bool, bounds map[*types.Var]types.Type) bool {
	found := false
	walk(t, func(v *types.Var) {
		if vars[v] {
			if _, ok := bounds[v]; !ok {
				found = true
			}
		}
	})
	return found
}

func walk(t types.Type, visit func(*types.Var)) {
	switch t := t.(type) {
	case *types.Var:
		visit(t)
	case *types.Named:
		walk(t.Type, visit)
	case *types.Tuple:
		for _, el := range t.Elems {
			walk(el, visit)
		}
	case *types.Opt:
		walk(t.Elem, visit)
	case *types.Array:
		walk(t.Elem, visit)
	case *types.Async:
		walk(t.Elem, visit)
	case *types.Obj:
		for _, f := range t.Fields {
			walk(f.Type, visit)
		}
	case *types.Variant:
		for _, g := range t.Tags {
			walk(g.Type, visit)
		}
	case *types.Func:
		for _, p := range t.Params {
			walk(p, visit)
		}
		for _, r := range t.Results {
			walk(r, visit)
		}
	case *types.App:
		for _, a := range t.Args {
			walk(a, visit)
		}
	}
}

// funcAnnotated reports whether a function literal's type can be inferred
// without context: annotated parameters, and a result type (written, or
// unit for a block body).
func funcAnnotated(f *ast.FuncExpr) bool {
	return explicitPat(f.Param) && (f.Result != nil || isBlock(f.Body))
}

func isBlock(x ast.Expr) bool {
	_, ok := x.(*ast.BlockExpr)
	return ok
}

// match records lower bounds for variables of pattern p from actual type a.
func match(p, a types.Type, vars map[*types.Var]bool, bounds map[*types.Var]types.Type) {
	if v, ok := p.(*types.Var); ok && vars[v] {
		if b, ok := bounds[v]; ok {
			bounds[v] = types.Lub(b, a)
		} else {
			bounds[v] = a
		}
		return
	}
	pn, an := types.Normalize(p), types.Normalize(a)
	if pa, ok := p.(*types.App); ok {
		if aa, ok := a.(*types.App); ok && aa.Con == pa.Con {
			for i := range pa.Args {
				match(pa.Args[i], aa.Args[i], vars, bounds)
			}
			return
		}
	}
	switch pt := pn.(type) {
	case *types.Tuple:
		if at, ok := an.(*types.Tuple); ok && len(at.Elems) == len(pt.Elems) {
			for i := range pt.Elems {
				match(pt.Elems[i], at.Elems[i], vars, bounds)
			}
		}
	case *types.Opt:
		if at, ok := an.(*types.Opt); ok {
			match(pt.Elem, at.Elem, vars, bounds)
		}
	case *types.Array:
		if at, ok := an.(*types.Array); ok {
			match(pt.Elem, at.Elem, vars, bounds)
		}
	case *types.Obj:
		if at, ok := an.(*types.Obj); ok {
			for _, f := range pt.Fields {
				if af, ok := at.Field(f.Name); ok {
					match(f.Type, af.Type, vars, bounds)
				}
			}
		}
	case *types.Variant:
		if at, ok := an.(*types.Variant); ok {
			for _, g := range pt.Tags {
				if ag, ok := at.Tag(g.Name); ok {
					match(g.Type, ag.Type, vars, bounds)
				}
			}
		}
	case *types.Func:
		if at, ok := an.(*types.Func); ok && len(at.Params) == len(pt.Params) && len(at.Results) == len(pt.Results) {
			for i := range pt.Params {
				match(unname(pt.Params[i]), unname(at.Params[i]), vars, bounds)
			}
			for i := range pt.Results {
				match(unname(pt.Results[i]), unname(at.Results[i]), vars, bounds)
			}
		}
	}
}

// unsatisfiable reports a type argument that no type fits: the argument
// wants it at least lo, the context at most something smaller.
func (c *Checker) unsatisfiable(x *ast.CallExpr, f *types.Func, args []ast.Expr, v *types.Var, lo types.Type, arg int) {
	argTypes := make([]types.Type, len(args))
	for i, a := range args {
		argTypes[i] = c.info.Types[a]
	}
	param := ""
	if n, ok := f.Params[arg].(*types.Named); ok {
		param = " `" + n.Name + "`"
	}
	c.fail(x, "M0098", "cannot apply function of type%s\nto argument of type%s\nbecause there is no way to satisfy subtyping\n  %s  <:  %s  (for argument%s) ",
		show(f), show(types.Seq(argTypes)), types.String(lo), v.Name, param)
}
