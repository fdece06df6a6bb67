package check

import (
	"slices"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// checkCall types an application, inferring type arguments when needed;
// want is the expected result type, or nil.
func (c *Checker) checkCall(e *env, x *ast.CallExpr, want types.Type) types.Type {
	return c.apply(e, x, "", want)
}

// apply types an application; dot names the function of a call in
// contextual dot notation (`x.f(a)` made `M.f(x, a)`).
func (c *Checker) apply(e *env, x *ast.CallExpr, dot string, want types.Type) types.Type {
	ft, elab := c.inferCallee(e, x)
	if elab != nil {
		c.info.Elaborated[x] = elab
		return c.record(elab, c.apply(e, elab, x.Fn.(*ast.DotExpr).Name.Name, want))
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
		targs = c.inferTypeArgs(e, x, f, args, holes, dot, want)
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

// argSplit is a call's argument taken apart for type-argument inference
// (moc's "partial argument inference"): the parts inferred on their own,
// each a problem against its parameter type, and the parts that cannot be
// (function literals with parameters left untyped, implicit arguments),
// which wait for the variables their types need.
type argSplit struct {
	problems  []problem
	pending   []pendingArg
	mustSolve []types.Type
}

// pendingArg is an argument part whose type waits for a first solution;
// x is nil for an implicit argument left out.
type pendingArg struct {
	x      ast.Expr
	target types.Type
}

// split infers the parts of argument x against target, taking a tuple
// apart when target is a tuple as long, and returns the argument's type
// as far as known (target itself for the pending parts).
func (c *Checker) split(e *env, x ast.Expr, target types.Type, s *argSplit) types.Type {
	for {
		p, ok := x.(*ast.ParenExpr)
		if !ok {
			break
		}
		x = p.X
	}
	switch a := x.(type) {
	case nil:
		s.pending = append(s.pending, pendingArg{target: target})
		s.mustSolve = append(s.mustSolve, types.Normalize(target))
		return target
	case *ast.TupleExpr:
		if tt, ok := types.Normalize(target).(*types.Tuple); ok && len(tt.Elems) == len(a.Elems) {
			elems := make([]types.Type, len(a.Elems))
			for i, el := range a.Elems {
				elems[i] = c.split(e, el, tt.Elems[i], s)
			}
			return &types.Tuple{Elems: elems}
		}
	case *ast.FuncExpr:
		if !explicitPat(a.Param) {
			s.pending = append(s.pending, pendingArg{x: a, target: target})
			if ft, ok := types.Normalize(target).(*types.Func); ok {
				s.mustSolve = append(s.mustSolve, ft.Params...)
			} else {
				s.mustSolve = append(s.mustSolve, types.Normalize(target))
			}
			return target
		}
	}
	t, ok := c.preInferred[x]
	if !ok {
		t = c.infer(e, x)
		c.preInferred[x] = t // spares checking it again once instantiated
	}
	s.problems = append(s.problems, problem{actual: t, expected: target, at: x})
	return t
}

// inferTypeArgs finds the type arguments of a generic call written
// without them, as moc does. args are the call's arguments by parameter
// (see callArgs), nil for an implicit one left out (holes); dot names the
// function of a call in contextual dot notation, whose first argument is
// the receiver.
func (c *Checker) inferTypeArgs(e *env, x *ast.CallExpr, f *types.Func, args []ast.Expr, holes bool, dot string, want types.Type) []types.Type {
	fresh := make([]*types.Var, len(f.TypeParams))
	vars := make([]types.Type, len(f.TypeParams))
	for i, v := range f.TypeParams {
		fresh[i] = &types.Var{Name: v.Name}
		vars[i] = fresh[i]
	}
	for i, v := range f.TypeParams {
		fresh[i].Bound = types.Subst(v.Bound, f.TypeParams, vars)
	}
	params := substAll(f.Params, f.TypeParams, vars)
	result := types.Seq(stripNames(substAll(f.Results, f.TypeParams, vars)))

	var split argSplit
	var first []problem // the receiver's, then the expected result's
	var shown []types.Type
	rest, restParams := args, params
	if dot != "" && len(args) == len(params) {
		recv := args[0]
		t, ok := c.preInferred[recv]
		if !ok {
			t = c.infer(e, recv)
			c.preInferred[recv] = t
		}
		first = append(first, problem{actual: t, expected: params[0], at: recv})
		rest, restParams = args[1:], params[1:]
	}
	if holes || dot != "" && len(args) == len(params) {
		for i, a := range rest {
			t := c.split(e, a, restParams[i], &split)
			if a != nil {
				shown = append(shown, t)
			}
		}
	} else {
		shown = []types.Type{c.split(e, x.Arg, types.Seq(params), &split)}
		if tt, ok := shown[0].(*types.Tuple); ok {
			shown = tt.Elems
		}
	}
	if want != nil {
		first = append(first, problem{actual: result, expected: want, at: x, ret: true})
	}

	s := newSolver(fresh)
	fail := func(failure *inferFailure) {
		if r := failure.reason; r != nil {
			c.fail(r.at, "M0096", "expression of type%s\ncannot produce expected type%s", showActual(r.actual), showActual(r.expected))
		}
		c.failInference(x, f, args, dot, s.subst(types.Seq(shown)), failure)
	}
	for i, v := range fresh {
		if want == nil {
			s.variance[i] = types.VarianceOf(result, v)
		}
		if mentionsVar(v.Bound, fresh) {
			fail(&inferFailure{msg: "type parameter `" + v.Name + "` has a bound " + show(v.Bound) +
				"\ninvolving another type parameter. Please provide an explicit instantiation."})
		}
	}
	if failure := s.round(append(first, split.problems...), split.mustSolve); failure != nil {
		fail(failure)
	}
	// The pending parts, now that their parameters are known; moc takes
	// them last to first.
	var more []problem
	for i := len(split.pending) - 1; i >= 0; i-- {
		p := split.pending[i]
		target := s.subst(p.target)
		fe, isFunc := p.x.(*ast.FuncExpr)
		ft, isFuncType := types.Normalize(target).(*types.Func)
		switch {
		case p.x == nil:
			// An implicit argument is resolved once all is solved; moc
			// (4.10.0) lets the variables only it mentions take their
			// default choice rather than fail.
		case isFunc && isFuncType && len(fe.TypeParams) == 0 && len(ft.TypeParams) == 0:
			if open := s.unsolvedIn(ft.Params); len(open) > 0 {
				fail(cannotInfer(open))
			}
			codom := types.Seq(stripNames(ft.Results))
			if s.closed(codom) {
				continue // the literal is checked against it below
			}
			if fe.Result != nil {
				more = append(more, problem{actual: c.resolveType(e, fe.Result), expected: codom, at: fe.Body})
			} else {
				more = append(more, c.inferLambda(e, fe, ft.Params, codom)...)
			}
		default:
			more = append(more, problem{actual: c.infer(e, p.x), expected: target, at: p.x})
		}
	}
	slices.Reverse(more) // as moc lists them
	if slices.Contains(s.active, true) {
		if failure := s.round(more, nil); failure != nil {
			fail(failure)
		}
	}
	return s.solution
}

func cannotInfer(vars []string) *inferFailure {
	return &inferFailure{msg: "`" + strings.Join(vars, "`, `") + "` cannot be inferred."}
}

// failInference reports a call whose type arguments cannot be inferred,
// showing the function and the argument without the receiver of a call in
// contextual dot notation and without implicit arguments left out.
func (c *Checker) failInference(x *ast.CallExpr, f *types.Func, args []ast.Expr, dot string, arg types.Type, failure *inferFailure) {
	desc := "function"
	shownF := *f
	if dot != "" && len(f.Params) > 0 && len(args) > 0 {
		desc = "function `." + dot + "`"
		shownF.Params = f.Params[1:]
		args = args[1:]
	}
	if len(args) == len(shownF.Params) {
		var kept []types.Type
		for i, p := range shownF.Params {
			if args[i] != nil {
				kept = append(kept, p)
			}
		}
		shownF.Params = kept
	}
	hint := ""
	if failure.hint != "" {
		hint = "\n" + failure.hint
	}
	c.fail(x, "M0098", "cannot apply %s of type%s\nto argument of type%s\nbecause %s%s", desc, show(&shownF), show(arg), failure.msg, hint)
}

// inferLambda infers the type of the body of an unannotated function
// literal given its parameter types, and of the values it returns (for
// type-argument inference only: the literal is checked properly
// afterwards), as problems against the result type codom: those of the
// returns, then the body's.
func (c *Checker) inferLambda(e *env, f *ast.FuncExpr, params []types.Type, codom types.Type) []problem {
	var ps []problem
	inner := e.inner()
	inner.fn = &fnCtx{expr: f, result: types.Any, returned: &ps}
	inner.labels = nil
	inner.doOpt = nil
	c.bindPat(inner, f.Param, types.Seq(stripNames(params)))
	body := c.infer(inner, f.Body)
	ps = append(ps, problem{actual: body, at: f.Body})
	for i := range ps {
		ps[i].expected = codom
	}
	return ps
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
