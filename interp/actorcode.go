package interp

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/candid"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// Compiling actors, messages and asynchronous code.

// actorBody compiles an actor's fields (or an actor class's body) in the
// current scope; running it installs the actor.
func (c *compiler) actorBody(fields []*ast.DecField, self *ast.Ident, typ *types.Obj, migration *types.Func) evalFn {
	rt := c.prog.actor
	body := c.objectBodyWith(fields, self, c.actorDec)
	var stable []stableSlot
	system := map[string]int{}
	for _, fl := range fields {
		for _, id := range ast.DecNames(fl.Dec) {
			b := c.info.Defs[id]
			if b == nil {
				continue
			}
			s := c.slots[b]
			if c.info.Stable[b] {
				stable = append(stable, stableSlot{name: id.Name, typ: b.Type, mut: b.Kind == types.VarBinding, index: s.index, boxed: s.boxed})
			}
			if _, isFunc := fl.Dec.(*ast.FuncDec); isFunc && fl.Vis == ast.System {
				system[id.Name] = s.index
			}
		}
	}
	for _, s := range stable {
		c.prog.stableSig = append(c.prog.stableSig, StableVar{Name: s.name, Type: s.typ, Mut: s.mut})
	}
	c.prog.migration = migration
	_, c.prog.timerFunc = system["timer"]
	return func(t *Thread, f *Frame) Value {
		obj := body(t, f)
		if t.ctl != ctlNone {
			return Value{}
		}
		if rt.actor != nil {
			value.Fail("mori runs one actor: an actor cannot create another")
		}
		a := &Actor{rt: rt, typ: typ, obj: obj.AsObject(), frame: f, stable: stable,
			system: map[string]Value{}}
		for name, i := range system {
			a.system[name] = f.slots[i]
		}
		a.nameMethods()
		rt.actor = a
		return obj
	}
}

// actorDec compiles a declaration of an actor body: a stable one takes the
// value an upgrade carried over, if any, instead of running its initialiser.
func (c *compiler) actorDec(d ast.Dec) evalFn {
	init := c.dec(d)
	var id *ast.Ident
	switch d := d.(type) {
	case *ast.VarDec:
		id = d.Name
	case *ast.LetDec:
		id, _ = varPat(d.Pat)
	}
	if id == nil || !c.info.Stable[c.info.Defs[id]] {
		return init
	}
	rt, name := c.prog.actor, id.Name
	s := c.slots[c.info.Defs[id]]
	return func(t *Thread, f *Frame) Value {
		v, ok := rt.carried[name]
		if !ok {
			return init(t, f)
		}
		if s.boxed {
			v = value.CellOf(v)
		}
		f.slots[s.index] = v
		return Value{}
	}
}

// migration compiles an actor's `(with migration = f)`: during an upgrade
// f turns the old stable values it names into the new ones it returns.
func (c *compiler) migration(with []*ast.ExpField) (func(t *Thread, f *Frame), *types.Func) {
	for _, fl := range with {
		if fl.Name.Name != "migration" {
			continue
		}
		fn := c.expr(fl.Value)
		ft := c.typeOf(fl.Value).(*types.Func)
		in := types.Promote(unnamed(ft.Params[0])).(*types.Obj)
		out := types.Promote(unnamed(ft.Results[0])).(*types.Obj)
		site := c.site(fl)
		rt := c.prog.actor
		inLayout := value.LayoutOf(fieldNames(in))
		return func(t *Thread, f *Frame) {
			if rt.carried == nil {
				return // installing: nothing to migrate
			}
			args := make([]Value, len(inLayout.Names))
			for _, fd := range in.Fields() {
				v, ok := rt.carried[fd.Name]
				if !ok {
					trap(site, "stable variable `"+fd.Name+"` of type `"+types.String(fd.Type)+"` expected but not found")
				}
				if fd.Mut {
					v = value.CellOf(v)
				}
				args[inLayout.Index(fd.Name)] = v
			}
			res := t.Call(fn(t, f), []Value{value.MakeObject(inLayout, args)}).AsObject()
			for _, fd := range in.Fields() {
				delete(rt.carried, fd.Name)
			}
			for _, fd := range out.Fields() {
				v, _ := res.Field(fd.Name)
				if fd.Mut {
					v = v.AsCell().V
				}
				rt.carried[fd.Name] = v
			}
		}, ft
	}
	return func(*Thread, *Frame) {}, nil
}

func fieldNames(o *types.Obj) []string {
	names := make([]string, len(o.Fields()))
	for i, f := range o.Fields() {
		names[i] = f.Name
	}
	return names
}

// withContext extends a shared function's prologue to match its context
// pattern, `shared({caller})`, against the message's context.
func (c *compiler) withContext(prologue func(*Thread, *Frame), pat ast.Pat) func(*Thread, *Frame) {
	for _, id := range ast.PatVars(pat) {
		c.declare(id, false)
	}
	match := c.pattern(pat)
	return func(t *Thread, f *Frame) {
		if prologue != nil {
			prologue(t, f)
		}
		caller := anonymous
		if t.co != nil {
			caller = t.co.caller
		}
		match(t, f, value.MakeObject(contextLayout, []Value{value.MakePrincipal(caller)}))
	}
}

var contextLayout = value.LayoutOf([]string{"caller"})

// sharedCall compiles a call of a shared function: a message to the actor.
func (c *compiler) sharedCall(x *ast.CallExpr, ft *types.Func) evalFn {
	rt := c.prog.actor
	fn := c.operand(x.Fn)
	n := len(ft.Params)
	args := c.args(x.Arg, n)
	oneway := len(ft.Results) == 0
	return func(t *Thread, f *Frame) Value {
		callee := fn(t, f)
		argv := make([]Value, n)
		args(t, f, argv)
		if b, ok := callee.Ref.(*value.Builtin); ok && b == rawRand && rt.prog.host.clock.running {
			return Value{Ref: rt.callManagement(rt.prog.host.randomBytes())}
		}
		what := "remote call"
		if oneway {
			what = "oneway"
		}
		fu := rt.send(func(t *Thread) Value { return t.Call(callee, argv) }, what)
		if oneway {
			return Value{}
		}
		return Value{Ref: fu}
	}
}

// asyncExpr compiles `async e`: a message to the actor itself that
// evaluates e in the current frame; a `return` inside returns from it.
func (c *compiler) asyncExpr(x *ast.AsyncExpr) evalFn {
	rt := c.prog.actor
	saved, loopLabel := c.funcState, c.loopLabel
	c.funcState, c.loopLabel = funcState{}, -1
	body := c.expr(x.X)
	c.funcState, c.loopLabel = saved, loopLabel
	c.leaf = false // the message keeps the frame
	if x.Star {
		return func(t *Thread, f *Frame) Value { return Value{Ref: &computation{body: body, frame: f}} }
	}
	return func(t *Thread, f *Frame) Value {
		fu := rt.send(func(t *Thread) Value {
			v := body(t, f)
			if t.ctl == ctlReturn {
				v, t.ctl, t.val = t.val, ctlNone, Value{}
			}
			return v
		}, "self call")
		return Value{Ref: fu}
	}
}

// computation is the value of `async* e`: e and its frame, evaluated by
// each `await*` in the awaiting message itself (no message is sent and
// nothing commits unless e awaits).
type computation struct {
	body  evalFn
	frame *Frame
}

func (c *compiler) awaitExpr(x *ast.AwaitExpr) evalFn {
	fut := c.operand(x.X)
	if x.Star {
		return func(t *Thread, f *Frame) Value {
			comp := fut(t, f).Ref.(*computation)
			v := comp.body(t, comp.frame)
			if t.ctl == ctlReturn {
				v, t.ctl, t.val = t.val, ctlNone, Value{}
			}
			return v
		}
	}
	if x.Fast {
		return func(t *Thread, f *Frame) Value {
			fu := fut(t, f).Ref.(*future)
			if fu.done && t.co != nil {
				return fu.result() // `await?`: the step goes on
			}
			return t.await(fu)
		}
	}
	return func(t *Thread, f *Frame) Value { return t.await(fut(t, f).Ref.(*future)) }
}

func (c *compiler) throwExpr(x *ast.ThrowExpr) evalFn {
	err := c.operand(x.X)
	return func(t *Thread, f *Frame) Value { panic(&thrown{err: err(t, f)}) }
}

// tryExpr compiles `try body catch pat handler finally cleanup`. Only
// errors (throw, a rejected await) are caught; a trap ends the message.
func (c *compiler) tryExpr(x *ast.TryExpr) evalFn {
	body := c.expr(x.Body)
	var match matcher
	var handler, cleanup evalFn
	if x.Catch != nil {
		for _, id := range ast.PatVars(x.CatchPat) {
			c.declare(id, false)
		}
		match, handler = c.pattern(x.CatchPat), c.expr(x.Catch)
	}
	if x.Finally != nil {
		cleanup = c.expr(x.Finally)
	}
	return func(t *Thread, f *Frame) Value {
		v, err, threw := t.protect(body, f)
		if threw && handler != nil && match(t, f, err) {
			if cleanup == nil {
				return handler(t, f)
			}
			v, err, threw = t.protect(handler, f)
		}
		if cleanup != nil {
			// The cleanup runs whatever way the body left: keep a pending
			// break or return for after it.
			ctl, target, val := t.ctl, t.target, t.val
			t.ctl, t.val = ctlNone, Value{}
			cleanup(t, f)
			if t.ctl == ctlNone {
				t.ctl, t.target, t.val = ctl, target, val
			}
		}
		if threw {
			panic(&thrown{err: err})
		}
		return v
	}
}

// protect runs body, returning the error it threw instead of unwinding.
func (t *Thread) protect(body evalFn, f *Frame) (v Value, err Value, threw bool) {
	depth, site := t.depth, t.site
	defer func() {
		if r := recover(); r != nil {
			th, ok := r.(*thrown)
			if !ok {
				panic(r)
			}
			t.depth, t.site = depth, site
			err, threw = th.err, true
		}
	}()
	return body(t, f), Value{}, false
}

// toCandid compiles `to_candid(e1, ..., en)`: the Candid message of the
// values at their static types.
func (c *compiler) toCandid(x *ast.ToCandidExpr) evalFn {
	args := make([]evalFn, len(x.Args))
	ts := make([]types.Type, len(x.Args))
	for i, a := range x.Args {
		args[i], ts[i] = c.operand(a), c.info.Types[a]
	}
	site := c.site(x)
	return func(t *Thread, f *Frame) Value {
		vs := make([]Value, len(args))
		for i, a := range args {
			vs[i] = a(t, f)
		}
		b, err := candid.Encode(ts, vs)
		if err != nil {
			trap(site, err.Error())
		}
		return value.MakeBlob(string(b))
	}
}

// fromCandid compiles `from_candid e` at `?T`: T's values decoded from the
// message, null when they do not fit T.
func (c *compiler) fromCandid(x *ast.FromCandidExpr) evalFn {
	blob := c.operand(x.X)
	elem := c.typeOf(x).(*types.Opt).Elem
	ts := []types.Type{elem}
	tuple, isTuple := types.Promote(elem).(*types.Tuple)
	if isTuple && len(tuple.Elems) != 1 {
		ts = tuple.Elems
	}
	site := c.site(x)
	return func(t *Thread, f *Frame) Value {
		vs, ok, err := candid.DecodeOpt([]byte(blob(t, f).AsBlob()), ts)
		switch {
		case err != nil:
			trap(site, err.Error())
		case !ok:
			return value.Null
		case isTuple && len(tuple.Elems) != 1:
			return value.MakeOpt(value.MakeTuple(vs))
		}
		return value.MakeOpt(vs[0])
	}
}
