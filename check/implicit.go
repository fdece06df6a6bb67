package check

import (
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// Implicit arguments and contextual dot notation, as moc resolves them: a
// parameter typed `(implicit : T)` or `(implicit : (name : T))` may be left
// out of a call (all of them or none), and is then filled in by the value
// of that name in scope, or else by the field of that name of a module in
// scope, whose type fits; `x.f(args)`, when x has no field f, calls the
// function f of a module in scope whose first parameter is `self`.

// implicitName returns the name an implicit parameter is resolved by.
func implicitName(t types.Type) (string, bool) {
	param, ok := t.(*types.Named)
	if !ok {
		return "", false
	}
	imp, ok := param.Type.(*types.Named)
	if !ok || imp.Name != "implicit" {
		return "", false
	}
	if named, ok := imp.Type.(*types.Named); ok {
		return named.Name, true
	}
	return param.Name, true
}

// callArgs gives a call's argument expression by parameter of f, when the
// argument is written as one per parameter: the elements of a tuple for
// several parameters. When exactly the implicit parameters are left out,
// holes is set and their places are nil.
func callArgs(arg ast.Expr, f *types.Func) (args []ast.Expr, holes bool) {
	syntax := []ast.Expr{arg}
	if p, ok := arg.(*ast.ParenExpr); ok {
		syntax = []ast.Expr{p.X}
	}
	tup, isTuple := arg.(*ast.TupleExpr)
	if isTuple {
		syntax = tup.Elems
	}
	explicitParams := 0
	for _, p := range f.Params {
		if _, ok := implicitName(p); !ok {
			explicitParams++
		}
	}
	if explicitParams < len(f.Params) && len(syntax) == explicitParams {
		args = make([]ast.Expr, len(f.Params))
		k := 0
		for i, p := range f.Params {
			if _, ok := implicitName(p); !ok {
				args[i] = syntax[k]
				k++
			}
		}
		return args, true
	}
	if isTuple && len(f.Params) != 1 {
		return tup.Elems, false
	}
	if p, ok := arg.(*ast.ParenExpr); ok {
		return []ast.Expr{p.X}, false
	}
	return []ast.Expr{arg}, false
}

// insertImplicits resolves the implicit arguments left out of a call, once
// its type arguments are known, and returns the whole argument.
func (c *Checker) insertImplicits(e *env, x *ast.CallExpr, f *types.Func, params []types.Type, args []ast.Expr) ast.Expr {
	full := make([]ast.Expr, len(args))
	for i, a := range args {
		if a != nil {
			full[i] = a
			continue
		}
		name, _ := implicitName(f.Params[i])
		full[i] = c.resolveImplicit(e, x.Span, name, stripAllNames(params[i]))
	}
	if len(full) == 1 {
		return full[0]
	}
	return &ast.TupleExpr{Span: x.Arg.Where(), Elems: full}
}

// stripAllNames drops the parameter names around a type.
func stripAllNames(t types.Type) types.Type {
	for {
		n, ok := t.(*types.Named)
		if !ok {
			return t
		}
		t = n.Type
	}
}

// candidate is a value that could fill an implicit argument or be called
// in contextual dot notation: a name in scope or a module's field.
type candidate struct {
	expr ast.Expr
	desc string
	typ  types.Type // its type; for a dot candidate, its first parameter's
}

// resolveImplicit finds the value of an implicit argument named name of
// type t: the name itself when in scope with a fitting type, else the one
// field of that name of the modules in scope whose type fits, or the one
// whose type is above all the others'.
func (c *Checker) resolveImplicit(e *env, at ast.Span, name string, t types.Type) ast.Expr {
	if b := e.sc.lookup(name); b != nil && b.Type != nil && types.Sub(b.Type, t) {
		return &ast.VarExpr{Span: at, Name: name}
	}
	var found []candidate
	e.sc.eachModule(func(mod string, obj *types.Obj) {
		if f, ok := obj.Field(name); ok && !f.Mut && types.Sub(f.Type, t) {
			found = append(found, moduleField(at, mod, name, f.Type))
		}
	})
	if best, ok := greatest(found, func(a, b candidate) bool { return types.Sub(a.typ, b.typ) }); ok {
		return best.expr
	}
	if len(found) == 0 {
		quoted := "`" + name + "`"
		panic(&Error{Span: at, Code: "M0230", Msg: "Cannot determine implicit argument " + quoted + " of type" + show(t) +
			"\nnote: If you're trying to omit an implicit argument named " + quoted +
			" you need to have a matching declaration named " + quoted + " in scope."})
	}
	panic(&Error{Span: at, Code: "M0231", Msg: "ambiguous implicit argument named `" + name + "` of type" + show(t) +
		".\nThe ambiguous implicit candidates are: " + descs(found) + "."})
}

func moduleField(at ast.Span, mod, name string, t types.Type) candidate {
	x := &ast.DotExpr{Span: at, X: &ast.VarExpr{Span: at, Name: mod}, Name: &ast.Ident{Span: at, Name: name}}
	return candidate{expr: x, desc: "`" + mod + "." + name + "`", typ: t}
}

func descs(cs []candidate) string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.desc
	}
	return strings.Join(out, ", ")
}

// greatest picks the candidate that every other is below (by below), when
// there is exactly one such.
func greatest(cs []candidate, below func(a, b candidate) bool) (candidate, bool) {
	var frontier []candidate
	for _, c := range cs {
		var kept []candidate
		absorbed := false
		for _, f := range frontier {
			cf, fc := below(c, f), below(f, c)
			switch {
			case cf && !fc:
				absorbed = true
				kept = append(kept, f)
			case fc && !cf:
				// c absorbs f
			default:
				kept = append(kept, f)
			}
		}
		if !absorbed {
			kept = append(kept, c)
		}
		frontier = kept
	}
	if len(frontier) == 1 {
		return frontier[0], true
	}
	return candidate{}, false
}

// eachModule calls f for every module value in scope (the innermost of
// each name), in no particular order.
func (s *scope) eachModule(f func(name string, obj *types.Obj)) {
	seen := map[string]bool{}
	for ; s != nil; s = s.parent {
		for name, b := range s.vals {
			if seen[name] {
				continue
			}
			seen[name] = true
			if b.Type == nil {
				continue
			}
			if obj, ok := types.Normalize(b.Type).(*types.Obj); ok && obj.Sort == ast.Module {
				f(name, obj)
			}
		}
	}
}

// inferCallee types the function of a call. For `x.f(args)` where x has
// no field f, it returns instead the call of a module function in
// contextual dot notation, `M.f(x, args)`.
func (c *Checker) inferCallee(e *env, x *ast.CallExpr) (types.Type, *ast.CallExpr) {
	d, ok := x.Fn.(*ast.DotExpr)
	if !ok {
		return c.infer(e, x.Fn), nil
	}
	rt := c.infer(e, d.X)
	field, hasField := fieldType(rt, d.Name.Name)
	if hasField && isFunc(field) {
		return c.record(d, field), nil
	}
	// A field that is no function (`map.size()` on core's Map record,
	// whose size is a Nat) leaves the name to contextual dot too.
	fn, ok := c.resolveDot(e, d, rt)
	switch {
	case !ok && hasField:
		return c.record(d, field), nil
	case !ok:
		c.dotError(d, rt)
	}
	c.preInferred[d.X] = rt // the receiver is the first argument
	args := []ast.Expr{d.X}
	switch a := x.Arg.(type) {
	case *ast.TupleExpr:
		args = append(args, a.Elems...)
	case *ast.ParenExpr:
		args = append(args, a.X)
	default:
		args = append(args, a)
	}
	var arg ast.Expr = d.X
	if len(args) > 1 {
		arg = &ast.TupleExpr{Span: x.Arg.Where(), Elems: args}
	}
	return nil, &ast.CallExpr{Span: x.Span, Fn: fn, TypeArgs: x.TypeArgs, Arg: arg}
}

func isFunc(t types.Type) bool {
	p := types.Promote(t)
	_, ok := p.(*types.Func)
	return ok || p == types.None
}

// resolveDot finds the function that `recv.name(...)` calls in contextual
// dot notation: name in scope, or else the module function of that name,
// taking a `self` parameter the receiver fits (the one whose parameter type
// is below the others' when several do).
func (c *Checker) resolveDot(e *env, d *ast.DotExpr, rt types.Type) (ast.Expr, bool) {
	name := d.Name.Name
	if b := e.sc.lookup(name); b != nil && b.Type != nil {
		if _, ok := selfParam(b.Type, rt); ok {
			return &ast.VarExpr{Span: d.Name.Span, Name: name}, true
		}
	}
	var found []candidate
	e.sc.eachModule(func(mod string, obj *types.Obj) {
		if f, ok := obj.Field(name); ok && !f.Mut {
			if self, ok := selfParam(f.Type, rt); ok {
				found = append(found, moduleField(d.Name.Span, mod, name, self))
			}
		}
	})
	if best, ok := greatest(found, func(a, b candidate) bool { return types.Sub(b.typ, a.typ) }); ok {
		return best.expr, true
	}
	if len(found) > 1 {
		mods := make([]string, len(found))
		for i, f := range found {
			mods[i] = f.expr.(*ast.DotExpr).X.(*ast.VarExpr).Name
		}
		c.fail(d.Name, "M0224", "overlapping resolution for `%s` in scope from these modules: %s", name, strings.Join(mods, ", "))
	}
	return nil, false
}

// selfParam returns the type of a function's first parameter when it is
// named self and, for some type arguments, the receiver type rt fits it.
func selfParam(ft types.Type, rt types.Type) (types.Type, bool) {
	f, ok := types.Normalize(ft).(*types.Func)
	if !ok || len(f.Params) == 0 {
		return nil, false
	}
	self, ok := f.Params[0].(*types.Named)
	if !ok || self.Name != "self" {
		return nil, false
	}
	// The receiver's type gives the variables of self's type lower bounds.
	m := newSolver(f.TypeParams).matcher()
	m.match(rt, self.Type, false, nil)
	inst := make([]types.Type, len(f.TypeParams))
	for i, v := range f.TypeParams {
		if m.lower[i] != types.None {
			inst[i] = m.lower[i]
		} else {
			inst[i] = v
		}
	}
	t := types.Subst(self.Type, f.TypeParams, inst)
	return t, types.Sub(rt, t)
}
