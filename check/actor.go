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

// inferAsync types `async e`: e is checked as the body of a function whose
// result is the async's.
func (c *Checker) checkAsync(e *env, x *ast.AsyncExpr, want types.Type) types.Type {
	inner := e.inner()
	inner.labels, inner.doOpt = nil, nil
	if want == nil {
		inner.fn = &fnCtx{result: types.Any}
		body := c.infer(inner, x.X)
		return &types.Async{Elem: body}
	}
	inner.fn = &fnCtx{result: want}
	c.check(inner, x.X, want)
	return &types.Async{Elem: want}
}

// inferAwait types `await e` with e an async value.
func (c *Checker) inferAwait(e *env, x *ast.AwaitExpr) types.Type {
	t := c.infer(e, x.X)
	at, ok := types.Promote(t).(*types.Async)
	if !ok {
		c.fail(x.X, "M0087", "expected async type, but expression has type%s", show(t))
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
