package check

import (
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// checkCall types an application, inferring type arguments when needed;
// want is the expected result type, or nil.
func (c *Checker) checkCall(e *env, x *ast.CallExpr, want types.Type) types.Type {
	ft, elab := c.inferCallee(e, x)
	if elab != nil {
		c.info.Elaborated[x] = elab
		return c.record(elab, c.checkCall(e, elab, want))
	}
	if types.Promote(ft) == types.None {
		// None is every function: the argument is checked, nothing returns.
		c.infer(e, x.Arg)
		return types.None
	}
	f, ok := types.Promote(ft).(*types.Func)
	if !ok {
		c.fail(x.Fn, "M0097", "expected function type, but expression produces type%s", show(ft))
	}
	args, holes := callArgs(x.Arg, f)
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
		targs = c.inferTypeArgs(e, x, f, args, want)
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
	arg := x.Arg
	if holes {
		arg = c.insertImplicits(e, x, f, params, args)
		elab := &ast.CallExpr{Span: x.Span, Fn: x.Fn, TypeArgs: x.TypeArgs, Arg: arg}
		c.info.Elaborated[x] = elab
		if len(targs) > 0 {
			c.info.Instances[elab] = targs
		}
		c.record(elab.Fn, ft)
	}
	c.check(e, arg, pt)
	rt := types.Seq(stripNames(results))
	if want != nil {
		c.expectSub(e, x, rt, want)
	}
	return rt
}

func isTag(x ast.Expr) bool {
	for {
		p, ok := x.(*ast.ParenExpr)
		if !ok {
			break
		}
		x = p.X
	}
	_, ok := x.(*ast.VariantExpr)
	return ok
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
// args are the call's arguments by parameter (see callArgs), nil for an
// implicit one left out, which does not take part.
func (c *Checker) inferTypeArgs(e *env, x *ast.CallExpr, f *types.Func, args []ast.Expr, want types.Type) []types.Type {
	bounds := make(map[*types.Var]types.Type, len(f.TypeParams))
	from := map[*types.Var]int{} // the argument that gave each bound
	vars := make(map[*types.Var]bool, len(f.TypeParams))
	for _, v := range f.TypeParams {
		vars[v] = true
	}
	upper := map[*types.Var]types.Type{} // bounds from above: parameters of function arguments
	if len(args) == len(f.Params) {
		// Explicit arguments first: they fix the variables; literals then
		// take the type they fixed.
		for pass := 0; pass < 2; pass++ {
			for i, a := range args {
				if a == nil {
					continue
				}
				// Every explicit argument bounds the variables; a tag
				// widens what other arguments fixed (`#A` and `#B` make
				// {#A; #B}); a number literal takes it.
				if c.explicit(a) != (pass == 0) || pass == 1 && !mentions(f.Params[i], vars, bounds) && !isTag(a) {
					continue
				}
				if fe, ok := a.(*ast.FuncExpr); ok && !funcAnnotated(fe) {
					continue
				}
				at, ok := c.preInferred[a] // a receiver (see inferCallee)
				if !ok {
					at = c.infer(e, a)
					c.preInferred[a] = at // spares checking it again below
				}
				before := len(bounds)
				matcher{vars: vars, bounds: bounds, upper: upper}.match(unname(f.Params[i]), at)
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
	for v, hi := range upper {
		// A variable bounded only from above takes that bound; one bounded
		// both ways takes its lower bound when the two agree.
		if lo, ok := bounds[v]; !ok {
			bounds[v] = hi
		} else if !types.Sub(lo, hi) {
			bounds[v] = types.Lub(lo, hi)
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
		// The result must fit what is expected: an upper bound, or, under
		// a mutable array or field, the type itself.
		upper, exact := map[*types.Var]types.Type{}, map[*types.Var]types.Type{}
		matcher{vars: vars, bounds: upper, exact: exact}.match(types.Seq(stripNames(f.Results)), want)
		for _, v := range f.TypeParams {
			lo, hasLo := bounds[v]
			hi, hasHi := upper[v]
			if ex, ok := exact[v]; ok {
				hi, hasHi = ex, true
				if !hasLo || types.Sub(lo, ex) {
					bounds[v] = ex
					continue
				}
			}
			switch {
			case hasLo && hasHi && !types.Sub(lo, hi):
				c.unsatisfiable(e, x, f, args, v, lo, from[v])
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
	if want == nil {
		c.chooseByVariance(e, x, f, args, targs)
	}
	return targs
}

// chooseByVariance settles the type arguments of a call with no expected
// type as moc does, by how each occurs in the result: a covariant one
// takes its lower bound (the arguments'), a contravariant one its upper
// bound; an invariant one (under a mutable array or field) needs the two
// to leave one choice, else there is no "best" one (M0098).
func (c *Checker) chooseByVariance(e *env, x *ast.CallExpr, f *types.Func, args []ast.Expr, targs []types.Type) {
	result := types.Seq(stripNames(f.Results))
	var given []types.Type // the parameters of the arguments given
	for i, a := range args {
		if a != nil {
			given = append(given, stripNames(f.Params[i:i+1])...)
		}
	}
	var undecided []string
	for i, v := range f.TypeParams {
		lo, hi := targs[i], v.Bound
		if mentionsAny(hi, f.TypeParams) {
			continue // an F-bound: left as inferred
		}
		if types.VarianceOf(&types.Tuple{Elems: given}, v)&types.Contravariant != 0 {
			// An argument bounds it from above too (a mutable array
			// pins it): it is decided.
			continue
		}
		switch types.VarianceOf(result, v) {
		case types.Contravariant:
			targs[i] = hi
		case types.Invariant:
			switch {
			case types.Equal(lo, hi):
			case hi == types.Any && lo != types.None && types.HasNoSupertypes(lo):
			case lo == types.None && hi != types.Any && types.HasNoSubtypes(hi):
				targs[i] = hi
			default:
				if lo == types.None {
					targs[i] = hi
				}
				undecided = append(undecided, v.Name)
			}
		}
	}
	if len(undecided) == 0 {
		return
	}
	plural := ""
	if len(undecided) > 1 {
		plural = "s"
	}
	inst := make([]string, len(targs))
	for i, t := range targs {
		inst[i] = types.String(t)
	}
	c.fail(x, "M0098", "cannot apply function of type%s\nto argument of type%s\nbecause there is no \"best\" choice for type parameter%s `%s`.\nHint: Add explicit type instantiation, e.g. <%s>",
		show(f), show(c.argType(e, args)), plural, strings.Join(undecided, "`, `"), strings.Join(inst, ", "))
}

// argType is the type of a call's explicit arguments, as messages show it
// (those not typed yet are inferred on their own).
func (c *Checker) argType(e *env, args []ast.Expr) types.Type {
	var ts []types.Type
	for _, a := range args {
		if a == nil {
			continue
		}
		t, ok := c.info.Types[a]
		if !ok {
			t = c.infer(e, a)
		}
		ts = append(ts, t)
	}
	return types.Seq(ts)
}

func mentionsAny(t types.Type, vs []*types.Var) bool {
	found := false
	types.Walk(t, func(t types.Type) {
		for _, v := range vs {
			if t == types.Type(v) {
				found = true
			}
		}
	})
	return found
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

// mentions reports whether t contains a variable not yet bound (a bound
// of None, from an argument like `nil()`, tells nothing).
func mentions(t types.Type, vars map[*types.Var]bool, bounds map[*types.Var]types.Type) bool {
	found := false
	types.Walk(t, func(t types.Type) {
		if v, ok := t.(*types.Var); ok && vars[v] {
			if b, ok := bounds[v]; !ok || b == types.None {
				found = true
			}
		}
	})
	return found
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
	matcher{vars: vars, bounds: bounds}.match(p, a)
}

// matcher records bounds for the variables of a pattern type: in bounds,
// except that, when exact is set, those under a mutable array or field
// (invariant positions) go to exact, and, when upper is set, those in a
// function's parameters (contravariant positions) go to upper.
type matcher struct {
	vars                 map[*types.Var]bool
	bounds, exact, upper map[*types.Var]types.Type
	invariant, flipped   bool
}

func (m matcher) record(v *types.Var, a types.Type) {
	into, join := m.bounds, types.Lub
	switch {
	case m.invariant && m.exact != nil:
		into = m.exact
	case m.flipped && m.upper != nil:
		into, join = m.upper, types.Glb
	}
	if b, ok := into[v]; ok {
		into[v] = join(b, a)
	} else {
		into[v] = a
	}
}

func (m matcher) match(p, a types.Type) {
	if v, ok := p.(*types.Var); ok && m.vars[v] {
		m.record(v, a)
		return
	}
	pn, an := types.Normalize(p), types.Normalize(a)
	if pa, ok := p.(*types.App); ok {
		if aa, ok := a.(*types.App); ok && aa.Con == pa.Con {
			for i := range pa.Args {
				// A parameter under a mutable part of the definition is
				// fixed, as there.
				variance, inner := pa.Con.ParamVariance(i), m
				if variance == types.Contravariant {
					inner.flipped = !m.flipped
				}
				inner.under(variance == types.Invariant).match(pa.Args[i], aa.Args[i])
			}
			return
		}
	}
	switch pt := pn.(type) {
	case *types.Tuple:
		if at, ok := an.(*types.Tuple); ok && len(at.Elems) == len(pt.Elems) {
			for i := range pt.Elems {
				m.match(pt.Elems[i], at.Elems[i])
			}
		}
	case *types.Opt:
		if at, ok := an.(*types.Opt); ok {
			m.match(pt.Elem, at.Elem)
		}
	case *types.Array:
		if at, ok := an.(*types.Array); ok {
			m.under(pt.Mut).match(pt.Elem, at.Elem)
		}
	case *types.Obj:
		if at, ok := an.(*types.Obj); ok {
			for _, f := range pt.Fields {
				if af, ok := at.Field(f.Name); ok {
					m.under(f.Mut).match(f.Type, af.Type)
				}
			}
		}
	case *types.Variant:
		if at, ok := an.(*types.Variant); ok {
			for _, g := range pt.Tags {
				if ag, ok := at.Tag(g.Name); ok {
					m.match(g.Type, ag.Type)
				}
			}
		}
	case *types.Func:
		if at, ok := an.(*types.Func); ok && len(at.Params) == len(pt.Params) && len(at.Results) == len(pt.Results) {
			flip := m
			flip.flipped = !m.flipped
			for i := range pt.Params {
				flip.match(unname(pt.Params[i]), unname(at.Params[i]))
			}
			for i := range pt.Results {
				m.match(unname(pt.Results[i]), unname(at.Results[i]))
			}
		}
	}
}

// under is the matcher for the contents of a mutable (mut) or immutable
// array or field.
func (m matcher) under(mut bool) matcher {
	m.invariant = m.invariant || mut
	return m
}

// unsatisfiable reports a type argument that no type fits: the argument
// wants it at least lo, the context at most something smaller.
func (c *Checker) unsatisfiable(e *env, x *ast.CallExpr, f *types.Func, args []ast.Expr, v *types.Var, lo types.Type, arg int) {
	param := ""
	if n, ok := f.Params[arg].(*types.Named); ok {
		param = " `" + n.Name + "`"
	}
	c.fail(x, "M0098", "cannot apply function of type%s\nto argument of type%s\nbecause there is no way to satisfy subtyping\n  %s  <:  %s  (for argument%s) ",
		show(f), show(c.argType(e, args)), types.String(lo), v.Name, param)
}
