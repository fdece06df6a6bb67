package check

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// Actors, messages and asynchronous code.

// actorBody is the environment of an actor's fields: no enclosing function
// to return from, no labels.
func (e *env) actorBody() *env {
	n := e.inner()
	n.fn, n.labels, n.doOpt = nil, nil, nil
	return n
}

// checkMigration checks the parenthetical of an actor, `(with migration =
// f)`: f turns a record of old stable fields into a record of new ones.
func (c *Checker) checkMigration(e *env, with []*ast.ExpField) {
	for _, f := range with {
		t := c.infer(e, f.Value)
		if f.Name.Name != "migration" {
			continue
		}
		ft, ok := types.Promote(t).(*types.Func)
		if ok && len(ft.Params) == 1 && len(ft.Results) == 1 && len(ft.TypeParams) == 0 {
			_, inRecord := types.Promote(unname(ft.Params[0])).(*types.Obj)
			_, outRecord := types.Promote(unname(ft.Results[0])).(*types.Obj)
			if inRecord && outRecord {
				continue
			}
		}
		c.fail(f.Value, "M0208", "expected a non-generic, local function of type%s\nbut found%s",
			show(&types.Func{Params: []types.Type{types.NewObj(ast.Object, nil, nil)}, Results: []types.Type{types.NewObj(ast.Object, nil, nil)}}), show(t))
	}
}

// systemFuncTypes are the types the system calls an actor's timer and
// heartbeat functions at.
var systemFuncTypes = map[string]types.Type{
	"timer": &types.Func{Sort: ast.LocalFunc,
		Params:  []types.Type{&types.Func{Sort: ast.LocalFunc, Params: []types.Type{types.Nat64}}},
		Results: []types.Type{&types.Async{Elem: types.Unit}}},
	"heartbeat": &types.Func{Sort: ast.LocalFunc, Results: []types.Type{&types.Async{Elem: types.Unit}}},
}

// checkSystemFuncs checks that an actor's system functions have the types
// the system calls them at.
func (c *Checker) checkSystemFuncs(fields []*ast.DecField) {
	for _, f := range fields {
		d, ok := f.Dec.(*ast.FuncDec)
		if !ok || f.Vis != ast.System {
			continue
		}
		want, known := systemFuncTypes[d.Func.Name.Name]
		b := c.info.Defs[d.Func.Name]
		if known && b != nil && !types.Sub(b.Type, want) {
			c.fail(f, "M0127", "system function %s is declared with type%s\ninstead of expected type%s", d.Func.Name.Name, show(b.Type), show(want))
		}
	}
}

// markStable records which `let` and `var` declarations of an actor body
// persist across upgrades: those declared `stable`, and in a persistent
// actor (or with DefaultPersistentActors) all but `transient`/`flexible`.
func (c *Checker) markStable(e *env, fields []*ast.DecField, persistent bool) {
	persistent = persistent || c.DefaultPersistentActors
	for _, f := range fields {
		switch f.Stability {
		case ast.Flexible, ast.Transient:
			continue
		case ast.DefaultStability:
			if !persistent {
				continue
			}
		}
		var ids []*ast.Ident
		switch d := f.Dec.(type) {
		case *ast.LetDec:
			ids = ast.PatVars(d.Pat)
		case *ast.VarDec:
			ids = []*ast.Ident{d.Name}
		}
		for _, id := range ids {
			if b := c.info.Defs[id]; b != nil {
				c.info.Stable[b] = true
			}
		}
	}
}

// bindSharedPat binds the message context pattern of `shared(msg) func` or
// `shared({caller}) func`.
func (c *Checker) bindSharedPat(e *env, p ast.Pat) {
	if p != nil {
		c.bindPat(e, p, MessageContext)
	}
}

// MessageContext is the type of a shared function's context pattern.
var MessageContext = types.NewObj(ast.Object, []types.Field{{Name: "caller", Type: types.Principal}}, nil)

// checkAsync types `async e` and `async* e`: e is checked as the body of a
// function whose result is the async's; want is the expected async type, or
// nil.
func (c *Checker) checkAsync(e *env, x *ast.AsyncExpr, want *types.Async) types.Type {
	inner := e.inner()
	inner.labels, inner.doOpt = nil, nil
	if want == nil {
		inner.fn = &fnCtx{result: types.Any}
		body := c.infer(inner, x.X)
		return &types.Async{Star: x.Star, Elem: body}
	}
	if want.Star != x.Star {
		keyword := "async"
		if want.Star {
			keyword = "async*"
		}
		other := map[string]string{"async": "async*", "async*": "async"}[keyword]
		c.fail(x, "M0183", "async expression cannot produce expected async type %s.\nUse keyword '%s' (not '%s') to produce the expected type.",
			showExpanded(want), keyword, other)
	}
	inner.fn = &fnCtx{result: want.Elem}
	c.check(inner, x.X, want.Elem)
	return want
}

// inferAwait types `await e` with e a future, `await* e` with e a
// computation (`async* T`).
func (c *Checker) inferAwait(e *env, x *ast.AwaitExpr) types.Type {
	t := c.infer(e, x.X)
	if types.Promote(t) == types.None {
		return types.None // a future of anything: None is below every type
	}
	at, ok := types.Promote(t).(*types.Async)
	if !ok || at.Star != x.Star {
		star, hint := "", ""
		if x.Star {
			star = "*"
		}
		switch {
		case ok && x.Star:
			hint = "\nUse keyword 'await' or 'await?' (not 'await*') to consume this type."
		case ok:
			hint = "\nUse keyword 'await*' (not 'await' or 'await?') to consume this type."
		}
		c.fail(x.X, "M0088", "expected async%s type, but expression has type%s%s", star, showExpanded(t), hint)
	}
	return at.Elem
}

// checkTry types `try body catch pat handler finally cleanup`; want is nil
// when inferring.
func (c *Checker) checkTry(e *env, x *ast.TryExpr, want types.Type) types.Type {
	var t types.Type
	if want == nil {
		t = c.infer(e, x.Body)
	} else {
		t = c.check(e, x.Body, want)
	}
	if x.Catch != nil {
		inner := e.inner()
		c.bindPat(inner, x.CatchPat, types.Error)
		if want == nil {
			t = types.Lub(t, c.infer(inner, x.Catch))
		} else {
			c.check(inner, x.Catch, want)
		}
	}
	if x.Finally != nil {
		c.check(e, x.Finally, types.Unit)
	}
	if want != nil {
		return want
	}
	return t
}
