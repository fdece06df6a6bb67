package interp

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// Actors: the program's actor is the canister. Its public shared functions
// are its messages; calling a shared function (a self-call) or evaluating
// `async e` sends a message (see sched.go). Its stable declarations take
// the values an upgrade carries over instead of running their initialisers.

// CanisterID is the principal of the one canister mori runs, as drun
// names it (rwlgt-iiaaa-aaaaa-aaaaa-cai).
const CanisterID = "\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01"

// CanisterIDText is CanisterID in its textual form.
const CanisterIDText = "rwlgt-iiaaa-aaaaa-aaaaa-cai"

// anonymous is the principal of ingress messages from drun.
const anonymous = "\x04"

// actorRuntime is the actor side of a program: its message queue and the
// actor once installed.
type actorRuntime struct {
	prog          *Program
	queue, outbox []*coroutine
	// selfWaiting counts the messages to itself in flight: sent, and not
	// yet replied to.
	selfWaiting int
	// calls are the messages to other canisters the running step made;
	// inflight those sent, whose replies arrive in the next round.
	calls, inflight []reply
	// executions counts the steps of the current round.
	executions int
	// outstanding counts the awaits waiting for a reply.
	outstanding int
	// carried holds the stable values an upgrade hands to the new actor
	// body; a stable declaration found here skips its initialiser.
	carried map[string]Value
	actor   *Actor
}

func (rt *actorRuntime) callbacks() int { return rt.outstanding }

// Actor is the installed actor of a program.
type Actor struct {
	rt     *actorRuntime
	typ    *types.Obj
	obj    *value.Object
	frame  *Frame
	stable []stableSlot
	// system holds the system functions (preupgrade, postupgrade) by name.
	system map[string]Value
}

// stableSlot is where a stable variable lives in the actor's frame.
type stableSlot struct {
	name  string
	typ   types.Type
	mut   bool
	index int
	boxed bool
}

// StableVar is a stable variable's name, static type (Mut for a `var`)
// and current value.
type StableVar struct {
	Name  string
	Type  types.Type
	Mut   bool
	Value Value
}

// Stable lists the actor's stable variables in declaration order.
func (a *Actor) Stable() []StableVar {
	out := make([]StableVar, len(a.stable))
	for i, s := range a.stable {
		v := a.frame.slots[s.index]
		if s.boxed {
			v = v.AsCell().V
		}
		out[i] = StableVar{Name: s.name, Type: s.typ, Mut: s.mut, Value: v}
	}
	return out
}

// MethodName tells which public shared function of the actor (of this
// version or an earlier one) v is, so that a stable reference to it can be
// saved by name.
func (a *Actor) MethodName(v Value) (string, bool) {
	key := v.Ref
	if cl, ok := key.(*closure); ok {
		key = cl.code
	}
	name, ok := a.rt.prog.host.methodNames[key]
	return name, ok
}

// nameMethods records the names of the actor's public shared functions,
// by their code: the names outlive the version, not its heap.
func (a *Actor) nameMethods() {
	for i, name := range a.obj.Layout.Names {
		if _, public := a.Method(name); public {
			if cl, ok := a.obj.Fields[i].Ref.(*closure); ok {
				a.rt.prog.host.methodNames[cl.code] = name
			}
		}
	}
}

// MethodRef returns a reference to the public shared function name of
// whichever version of the actor runs when it is called, as a stable
// function reference is on the IC: a message to the canister's method.
func (h *Host) MethodRef(name string) Value {
	ref := &value.Builtin{Name: name}
	ref.Fn = func(ctx value.Context, args []Value) Value {
		t := ctx.(*Thread)
		if t.co == nil || t.co.rt.actor == nil {
			value.Fail("a shared function is called outside a message")
		}
		fn, ok := t.co.rt.actor.obj.Field(name)
		if _, public := t.co.rt.actor.Method(name); !ok || !public {
			value.Fail("the canister has no method " + name)
		}
		return t.Call(fn, args)
	}
	h.methodNames[ref] = name
	return Value{Ref: ref}
}

// Type is the actor's interface: its public shared functions.
func (a *Actor) Type() *types.Obj { return a.typ }

// Method returns the type of a public shared function.
func (a *Actor) Method(name string) (*types.Func, bool) {
	f, ok := a.typ.Field(name)
	if !ok {
		return nil, false
	}
	ft, ok := types.Promote(f.Type).(*types.Func)
	return ft, ok && ft.Sort != ast.LocalFunc
}

// Outcome is how a message ended: its reply, or a reject code (IC0503 or
// IC0502 for a trap, IC0406 for an error thrown to the top) and message in
// the replica's words.
type Outcome struct {
	Reply   []Value
	Code    string
	Message string
}

// Rejected reports whether the message failed.
func (o Outcome) Rejected() bool { return o.Code != "" }

// Trapped is how the replica reports a message that trapped with the
// canister's message: IC0503 for a trap the canister raised, IC0502 for
// one the Wasm engine raised (division by zero, stack overflow), which
// compiled code leaves to the engine.
func Trapped(message string) Outcome {
	const consider = ".\nConsider gracefully handling failures from this canister or altering the canister to handle exceptions. See documentation: https://internetcomputer.org/docs/current/references/execution-errors#trapped"
	if limit, ok := instructionLimits[message]; ok {
		return Outcome{Code: "IC0522", Message: "Error from Canister " + CanisterIDText + ": Canister exceeded the limit of " + limit +
			" instructions for single message execution..\nTry optimizing this method to consume fewer instructions or split the work across multiple messages. See documentation: https://internetcomputer.org/docs/current/references/execution-errors#instruction-limit-exceeded"}
	}
	if engine, ok := engineTraps[message]; ok {
		return Outcome{Code: "IC0502", Message: "Error from Canister " + CanisterIDText + ": Canister trapped: " + engine + consider}
	}
	return Outcome{Code: "IC0503", Message: "Error from Canister " + CanisterIDText + ": Canister called `ic0.trap` with message: '" + message + "'" + consider + "-explicitly"}
}

// instructionLimits gives the IC's instruction limit that a step limit
// stands for: that of a message, and that of an installation or upgrade.
var instructionLimits = map[string]string{
	messageStepLimit: "40000000000",
	stepLimit:        "300000000000",
}

// engineTraps gives the engine's words for the traps it raises itself.
var engineTraps = map[string]string{
	"divide by zero":                "integer division by 0",
	"remainder by zero":             "integer division by 0",
	"divide result unrepresentable": "integer overflow",
	"stack overflow":                "stack overflow",
}

// Call delivers an ingress message (or, with query, a query) to a public
// method, one Method reports (the canister answers for missing ones), and
// runs it and every message it causes to completion. A query's changes are
// all undone.
func (a *Actor) Call(method string, args []Value, query bool) Outcome {
	rt := a.rt
	fn, _ := a.obj.Field(method)
	ft, _ := a.Method(method)
	argv := append([]Value(nil), args...)
	h := rt.prog.host
	if query {
		// The query runs alone: messages still waiting from earlier
		// commands go on after it, untouched by its rollback.
		queue, inflight, executions := rt.queue, rt.inflight, rt.executions
		rt.queue, rt.inflight, h.inQuery = nil, nil, true
		h.Begin()
		defer func() {
			h.Rollback()
			rt.queue, rt.inflight, rt.executions, h.inQuery = queue, inflight, executions, false
		}()
	} else {
		rt.newRound()
	}
	fu := rt.spawn(func(t *Thread) Value { return t.Call(fn, argv) }, anonymous)
	rt.flushOutbox()
	rt.run()
	switch {
	case !fu.done && len(ft.Results) == 0:
		return Outcome{} // a oneway method has replied already
	case !fu.done:
		return Trapped("message did not complete")
	case fu.trapped:
		return Trapped(fu.trap)
	case fu.rejected:
		return Outcome{Code: "IC0406", Message: fu.err.AsTuple()[1].AsText()}
	}
	return Outcome{Reply: spread(fu.reply, len(ReplyTypes(ft)))}
}

// ReplyTypes are the types of the values a shared function replies with:
// none for a oneway function, the elements of `async (A, B)`.
func ReplyTypes(ft *types.Func) []types.Type {
	if len(ft.Results) == 0 {
		return nil
	}
	at, ok := types.Promote(unnamed(ft.Results[0])).(*types.Async)
	if !ok {
		return nil
	}
	// As moc: only a tuple written as such is several values; one in
	// parentheses or behind a type name is one.
	if tup, ok := at.Elem.(*types.Tuple); ok && !at.Single {
		return tup.Elems
	}
	return []types.Type{at.Elem}
}

// spread turns a reply value into one value per reply type.
func spread(v Value, n int) []Value {
	switch n {
	case 0:
		return nil
	case 1:
		return []Value{v}
	}
	return v.AsTuple()
}

func unnamed(t types.Type) types.Type {
	if n, ok := t.(*types.Named); ok {
		return n.Type
	}
	return t
}

// Instantiate runs the program and installs its actor: the modules and
// the actor body run (an actor class is called with args), stable
// declarations taking their values from carried, an upgrade's old state,
// instead of their initialisers; nil carried is a fresh install, which
// skips the migration function. It runs inside the host's open step: the
// caller commits or rolls it back.
func (p *Program) Instantiate(carried map[string]Value, args []Value) (a *Actor, err error) {
	rt := p.actor
	if carried != nil {
		rt.carried = carried
	}
	t := p.newThread()
	t.journal = &p.host.journal
	defer func() {
		rt.carried = nil
		if r := recover(); r != nil {
			a, err = nil, t.errorOf(r)
		}
		p.out.Flush()
	}()
	if p.timerFunc {
		// moc's actor arms the global timer first thing, so that its
		// `system func timer` runs soon after installation.
		p.host.SetGlobalTimer(1)
	}
	for _, init := range p.inits {
		init.run(t, nil)
	}
	p.ran = len(p.inits)
	if p.actorClass >= 0 {
		t.Call(p.top.slots[p.actorClass], args)
	}
	if rt.actor == nil {
		// A program without an actor installs as one with no messages: its
		// top-level code ran as the install.
		rt.actor = &Actor{rt: rt, typ: types.NewObj(ast.Actor, nil, nil),
			obj: value.MakeObject(value.LayoutOf(nil), nil).AsObject(), frame: &Frame{}}
	}
	rt.flushOutbox()
	return rt.actor, nil
}

// System runs a system function (preupgrade, postupgrade) if the actor has
// it, inside the host's open step.
func (a *Actor) System(name string) (err error) {
	fn, ok := a.system[name]
	if !ok {
		return nil
	}
	p := a.rt.prog
	t := p.newThread()
	t.journal = &p.host.journal
	defer func() {
		if r := recover(); r != nil {
			err = t.errorOf(r)
		}
		p.out.Flush()
	}()
	t.Call(fn, nil)
	return nil
}

// RunPending runs the messages the actor sent itself while installing, and
// the next round, in which the installation's reply goes out and a due
// global timer fires.
func (a *Actor) RunPending() {
	a.rt.run()
	a.rt.newRound()
	a.rt.run()
}

// ClassParams are the parameter types of the actor class the program
// installs, none for a plain actor.
func (p *Program) ClassParams() []types.Type { return p.classParams }

// StableSignature lists the stable variables of the program's actor, in
// declaration order (Value unset).
func (p *Program) StableSignature() []StableVar { return p.stableSig }

// MigrationType is the type of the actor's migration function, nil without one.
func (p *Program) MigrationType() *types.Func { return p.migration }
