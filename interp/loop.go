package interp

import (
	"unicode/utf8"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// takeLoopLabel returns the label directly around the loop being compiled
// (the target of its `continue`), or -1.
func (c *compiler) takeLoopLabel() int {
	id := c.loopLabel
	c.loopLabel = -1
	return id
}

// loopBody compiles code that runs once per iteration.
func (c *compiler) loopBody(e ast.Expr) evalFn {
	c.loopDepth++
	defer func() { c.loopDepth-- }()
	return c.expr(e)
}

// loopTargets are the label ids a loop answers to: its own (unlabelled
// break and continue) and that of a label directly around it (continue).
type loopTargets struct{ self, label int }

func (c *compiler) loopTargets(loop ast.Expr) loopTargets {
	return loopTargets{self: c.labelID(loop), label: c.takeLoopLabel()}
}

// afterBody settles a pending exit after an iteration and reports whether
// the loop goes on: a continue of this loop is consumed and goes on, a
// break of it is consumed and stops; anything else stops and propagates.
func (lt loopTargets) afterBody(t *Thread) bool {
	switch {
	case t.ctl == ctlContinue && (t.target == lt.self || t.target == lt.label):
		t.ctl = ctlNone
		return true
	case t.ctl == ctlBreak && t.target == lt.self:
		t.ctl, t.val = ctlNone, Value{}
	}
	return false
}

func (c *compiler) while(x *ast.WhileExpr) evalFn {
	lt := c.loopTargets(x)
	cond, body := c.loopBody(x.Cond), c.loopBody(x.Body)
	condJumps := c.mayJump(x.Cond)
	site := c.site(x)
	return func(t *Thread, f *Frame) Value {
		for {
			t.tick(site)
			v := cond(t, f)
			if condJumps && t.ctl != ctlNone {
				lt.afterBody(t)
				return Value{}
			}
			if !v.AsBool() {
				return Value{}
			}
			body(t, f)
			if t.ctl != ctlNone && !lt.afterBody(t) {
				return Value{}
			}
		}
	}
}

func (c *compiler) loop(x *ast.LoopExpr) evalFn {
	lt := c.loopTargets(x)
	body := c.loopBody(x.Body)
	site := c.site(x)
	if x.While == nil {
		return func(t *Thread, f *Frame) Value {
			for {
				t.tick(site)
				body(t, f)
				if t.ctl != ctlNone && !lt.afterBody(t) {
					return Value{}
				}
			}
		}
	}
	cond := c.loopBody(x.While)
	return func(t *Thread, f *Frame) Value {
		for {
			t.tick(site)
			body(t, f)
			if t.ctl != ctlNone && !lt.afterBody(t) {
				return Value{}
			}
			v := cond(t, f)
			if t.ctl != ctlNone {
				lt.afterBody(t)
				return Value{}
			}
			if !v.AsBool() {
				return Value{}
			}
		}
	}
}

// forExpr compiles `for (pat in iter) body`. Iterating an array, Text or
// Blob directly (`for (x in a.vals())`) skips the iterator object.
func (c *compiler) forExpr(x *ast.ForExpr) evalFn {
	lt := c.loopTargets(x)
	c.loopDepth++
	a := c.arm(x.Pat, x.Body)
	c.loopDepth--
	site := c.site(x.Pat)
	// step runs one iteration for element v; false ends the loop.
	loopSite := c.site(x)
	step := func(t *Thread, f *Frame, v Value) bool {
		t.tick(loopSite)
		fr := f
		if a.fresh != nil {
			fr = newFrame(a.fresh.size, f, t.gen())
		}
		if !a.match(t, fr, v) {
			trap(site, "pattern failed")
		}
		a.body(t, fr)
		return t.ctl == ctlNone || lt.afterBody(t)
	}
	if fn := c.directFor(x.Iter, step); fn != nil {
		return fn
	}
	iter := c.expr(x.Iter)
	iterJumps := c.mayJump(x.Iter)
	nextSite := &value.FieldSite{Name: "next"}
	iterSite := c.site(x.Iter)
	var mutNext bool
	if ot, ok := c.typeOf(x.Iter).(*types.Obj); ok {
		fl, _ := ot.Field("next")
		mutNext = fl.Mut
	}
	return func(t *Thread, f *Frame) Value {
		it := iter(t, f)
		if iterJumps && t.ctl != ctlNone {
			return Value{}
		}
		next := nextSite.Get(it.AsObject())
		if mutNext {
			next = next.AsCell().V
		}
		if b, ok := next.Ref.(*value.Builtin); ok {
			for {
				r := b.Fn(t, nil)
				if r.IsNull() || !step(t, f, r.OptPayload()) {
					return Value{}
				}
			}
		}
		cl := next.Ref.(*closure)
		for {
			r := t.enter(cl.code, t.frameFor(cl), iterSite)
			if r.IsNull() || !step(t, f, r.OptPayload()) {
				return Value{}
			}
		}
	}
}

// directFor compiles a loop over `recv.vals()`, `recv.keys()` or
// `recv.chars()` of a built-in receiver without an iterator object; nil
// when iter is something else.
func (c *compiler) directFor(iter ast.Expr, step func(*Thread, *Frame, Value) bool) evalFn {
	call, ok := iter.(*ast.CallExpr)
	if !ok {
		return nil
	}
	dot, ok := call.Fn.(*ast.DotExpr)
	if !ok {
		return nil
	}
	if tup, ok := call.Arg.(*ast.TupleExpr); !ok || len(tup.Elems) != 0 || c.mayJump(dot.X) {
		return nil
	}
	name := dot.Name.Name
	switch t := c.typeOf(dot.X).(type) {
	case *types.Array:
		recv := c.expr(dot.X)
		switch name {
		case "vals", "values":
			return func(t *Thread, f *Frame) Value {
				elems := recv(t, f).AsArray().Elems
				for i := 0; i < len(elems); i++ {
					if !step(t, f, elems[i]) {
						break
					}
				}
				return Value{}
			}
		case "keys":
			return func(t *Thread, f *Frame) Value {
				n := len(recv(t, f).AsArray().Elems)
				for i := 0; i < n; i++ {
					if !step(t, f, value.Int(int64(i))) {
						break
					}
				}
				return Value{}
			}
		}
	case types.Prim:
		recv := c.expr(dot.X)
		switch {
		case t == types.Text && name == "chars":
			return func(t *Thread, f *Frame) Value {
				s := recv(t, f).AsText()
				for len(s) > 0 {
					r, n := utf8.DecodeRuneInString(s)
					s = s[n:]
					if !step(t, f, value.Char(r)) {
						break
					}
				}
				return Value{}
			}
		case t == types.Blob && (name == "vals" || name == "values"):
			return func(t *Thread, f *Frame) Value {
				b := recv(t, f).AsBlob()
				for i := 0; i < len(b); i++ {
					if !step(t, f, value.Word(uint64(b[i]))) {
						break
					}
				}
				return Value{}
			}
		}
	}
	return nil
}
