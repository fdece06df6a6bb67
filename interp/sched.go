package interp

import (
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/value"
)

// Messages and await.
//
// Every message (an ingress call, a self-call, an `async` block) runs as a
// coroutine: a goroutine of its own with its own Thread, of which exactly
// one runs at a time, handed control by the actor's scheduler (run) in
// first-come order. A coroutine runs until it finishes or awaits; that
// stretch is one atomic step, as on the IC: the scheduler commits it (keeps
// its writes, sends the messages it made) or, when it traps, rolls it back
// (undoes its writes and stable-memory changes, drops its messages).

// Host is the canister around successive versions of an actor program:
// its stable memory and the undo log of the running step, which an upgrade
// spans across the old and the new program.
type Host struct {
	Regions *region.Manager
	journal journal
	// methodNames names the public shared functions of every version of
	// the actor (by their code) and the references MethodRef made, so that
	// a stable reference to one can be saved by name.
	methodNames map[any]string
	// clock and timers are the canister's time and timers (clock.go);
	// timersBefore holds the timers before the running execution changed
	// them.
	clock        clock
	timers       timers
	timersBefore *timers
	// inQuery makes steps part of one query (a non-replicated execution),
	// all undone at its end.
	inQuery bool
}

// Replicated reports whether the running execution is replicated: every
// message but a query call (a query method called as an update is).
func (h *Host) Replicated() bool { return !h.inQuery }

// NewHost makes a canister with the given stable memory.
func NewHost(regions *region.Manager) *Host {
	return &Host{Regions: regions, methodNames: map[any]string{}}
}

// Begin opens an atomic step: until Commit or Rollback every change to
// actor state and stable memory can be undone.
func (h *Host) Begin() {
	h.journal.commit()
	h.Regions.Begin()
	h.timersBefore = nil
	h.newExecution()
}

// Commit keeps the step's changes.
func (h *Host) Commit() {
	h.journal.commit()
	h.Regions.Commit()
	h.timersBefore = nil
}

// Rollback undoes the step's changes.
func (h *Host) Rollback() {
	h.journal.rollback()
	h.Regions.Rollback()
	if h.timersBefore != nil {
		h.timers, h.timersBefore = *h.timersBefore, nil
	}
}

// future is the result of a message: pending until it replies or rejects.
type future struct {
	// rt runs the message; awaiting outside a message drives it.
	rt       *actorRuntime
	done     bool
	reply    Value
	rejected bool
	err      Value // the Error value of a rejection
	// trapped says the rejection comes from a trap of the message itself
	// rather than an error it threw on (IC0406); trap is then the
	// canister's message.
	trapped bool
	trap    string
	waiters []*coroutine
}

// result is what awaiting a settled future gives: its reply, or its
// error thrown.
func (fu *future) result() Value {
	if fu.rejected {
		panic(&thrown{err: fu.err})
	}
	return fu.reply
}

func (fu *future) settle(reply Value) {
	fu.done, fu.reply = true, reply
}

func (fu *future) reject(err Value) {
	fu.done, fu.rejected, fu.err = true, true, err
}

// trapped rejects fu for a trap with the canister's message.
func (fu *future) trapWith(message string) {
	o := Trapped(message)
	fu.reject(errorValue("canister_error", o.Code+": "+o.Message))
	fu.trapped, fu.trap = true, message
}

// coStatus is why a coroutine handed control back.
type coStatus uint8

const (
	coAwaiting coStatus = iota
	coReturned
	coThrew
	coTrapped
)

// coroutine is one message in flight.
type coroutine struct {
	rt     *actorRuntime
	t      *Thread
	body   func(t *Thread) Value
	fut    *future
	resume chan struct{}
	yield  chan struct{}
	// What the coroutine handed back: its status, and the value returned,
	// the error thrown or the trap.
	status  coStatus
	result  Value
	trap    string
	started bool
	// awaited is the future an awaiting coroutine waits for.
	awaited *future
	// caller is the principal that sent the message.
	caller string
}

// thrown is the panic of `throw` and of an await whose message rejected:
// an Error value that try/catch may catch.
type thrown struct{ err Value }

// Throw raises a Motoko error (`throw`) from Go code, as a message's
// reject: code is an Error's code tag (canister_reject, canister_error).
func Throw(code, message string) {
	panic(&thrown{err: errorValue(code, message)})
}

// Settled returns the reply of a settled future; ok is false for a value
// that is not a future, or one still pending or rejected.
func Settled(v Value) (reply Value, ok bool) {
	fu, isFuture := v.Ref.(*future)
	if !isFuture || !fu.done || fu.rejected {
		return Value{}, false
	}
	return fu.reply, true
}

// errorValue makes an Error value of a reject code and message.
func errorValue(code string, message string) Value {
	return value.MakeTuple([]Value{value.MakeVariant(code, Value{}), value.Text(message)})
}

// spawn makes a message running body, to be sent when the current step
// commits; it returns the message's future.
func (rt *actorRuntime) spawn(body func(t *Thread) Value, caller string) *future {
	co := &coroutine{rt: rt, body: body, fut: &future{rt: rt}, caller: caller}
	rt.outbox = append(rt.outbox, co)
	if caller == CanisterID {
		rt.selfWaiting++
	}
	return co.fut
}

// selfQueueCapacity is how many messages to itself a canister may have in
// flight (sent and not yet replied to), as the IC bounds a canister's
// queues to another canister, requests and the replies they will need.
const selfQueueCapacity = 500

// send makes a message of the canister to itself, as spawn, unless its
// queue to itself is full (see checkQueue).
func (rt *actorRuntime) send(body func(t *Thread) Value, what string) *future {
	rt.checkQueue(what)
	return rt.spawn(body, CanisterID)
}

// checkQueue fails a message to itself that the canister's queue has no
// room for, as the IC's system API does; moc's code then throws
// `#call_error {err_code = 2}`, "could not perform " and what: self call,
// remote call, oneway.
func (rt *actorRuntime) checkQueue(what string) {
	if rt.selfWaiting >= selfQueueCapacity {
		panic(&thrown{err: value.MakeTuple([]Value{
			value.MakeVariant("call_error", value.MakeObject(callErrorLayout, []Value{value.Word(2)})),
			value.Text("could not perform " + what),
		})})
	}
}

var callErrorLayout = value.LayoutOf([]string{"err_code"})

// dropOutbox forgets the messages of a step that trapped.
func (rt *actorRuntime) dropOutbox() {
	for _, co := range rt.outbox {
		if co.caller == CanisterID {
			rt.selfWaiting--
		}
	}
	clear(rt.outbox)
	rt.outbox = rt.outbox[:0]
}

// run executes queued messages and continuations until none is left and
// no reply is on its way. With a clock, they run in rounds (newRound) of at
// most roundExecutions executions; after maxRounds rounds what is left
// waits for the next command.
func (rt *actorRuntime) run() {
	clocked := rt.prog.host.clock.running
	rounds := 0
	for {
		for len(rt.queue) > 0 {
			if clocked && rt.executions >= roundExecutions {
				if rounds == maxRounds {
					return
				}
				rounds++
				rt.newRound()
			}
			co := rt.queue[0]
			rt.queue[0] = nil
			rt.queue = rt.queue[1:]
			rt.executions++
			rt.step(co)
		}
		if len(rt.inflight) == 0 || rounds == maxRounds {
			return
		}
		rounds++
		rt.newRound()
	}
}

// Rounds: a round stands for the IC's execution round, after which the
// replica's time moves on and replies from other canisters arrive.
const (
	// roundExecutions is how many executions a round runs at most, as the
	// IC bounds the instructions of a round: a chain of self-calls waiting
	// for a timer lets it fire.
	roundExecutions = 1_000
	// maxRounds bounds the rounds one command runs (about three hours of
	// the simulated clock), so that a message waiting for what never comes
	// ends.
	maxRounds = 10_000
)

// newRound begins the next round: the clock moves on, the actor's
// heartbeat and, if the global timer is due, the timer message run first
// (not within a query), and the replies sent in the last round arrive.
func (rt *actorRuntime) newRound() {
	h := rt.prog.host
	rt.executions = 0
	h.NewRound()
	if !rt.prog.host.inQuery && rt.actor != nil && h.clock.running {
		var first []*coroutine
		if beat, ok := rt.actor.system["heartbeat"]; ok {
			first = append(first, rt.systemMessage(func(t *Thread) Value { return t.Call(beat, nil) }))
		}
		if h.takeDueTimer() {
			first = append(first, rt.systemMessage(rt.timerBody))
		}
		if len(first) > 0 {
			rt.queue = append(first, rt.queue...)
		}
	}
	for i, r := range rt.inflight {
		r.fu.settle(r.value)
		rt.wake(r.fu)
		rt.inflight[i] = reply{}
	}
	rt.inflight = rt.inflight[:0]
}

// systemMessage is a message the system sends the canister.
func (rt *actorRuntime) systemMessage(body func(t *Thread) Value) *coroutine {
	return &coroutine{rt: rt, body: body, fut: &future{rt: rt}, caller: CanisterID}
}

// timerBody is the message the global timer sends: it runs the actor's
// `system func timer`, or the default handler, which sends each due job.
func (rt *actorRuntime) timerBody(t *Thread) Value {
	h := rt.prog.host
	if fn, ok := rt.actor.system["timer"]; ok {
		set := value.MakeBuiltin("setGlobalTimer", func(_ value.Context, args []Value) Value {
			h.SetGlobalTimer(args[0].Bits)
			return value.Unit
		})
		return t.Call(fn, []Value{set})
	}
	for _, job := range h.dueJobs() {
		t.Call(job, nil)
	}
	return value.Unit
}

// reply is another canister's answer to a message of this one (the
// management canister's raw_rand), which arrives in the next round.
type reply struct {
	fu    *future
	value Value
}

// callManagement sends a message to the management canister that answers
// with v; the message goes when the current step commits.
func (rt *actorRuntime) callManagement(v Value) *future {
	fu := &future{rt: rt}
	rt.calls = append(rt.calls, reply{fu: fu, value: v})
	return fu
}

// step runs co until it awaits or finishes, as one atomic step.
func (rt *actorRuntime) step(co *coroutine) {
	h := rt.prog.host
	if !rt.prog.host.inQuery {
		h.Begin()
	}
	if !co.started {
		co.started = true
		co.resume, co.yield = make(chan struct{}), make(chan struct{})
		co.t = rt.prog.newThread()
		co.t.co, co.t.journal = co, &h.journal
		co.t.stepsLeft = rt.prog.cfg.MessageSteps
		go co.main()
	} else {
		co.t.stepsLeft = rt.prog.cfg.MessageSteps
		co.t.executionStart = co.t.steps + co.t.ticks
		co.resume <- struct{}{}
	}
	<-co.yield
	rt.prog.out.Flush()
	if co.status != coAwaiting && co.caller == CanisterID {
		rt.selfWaiting-- // its reply is sent
	}
	switch co.status {
	case coTrapped:
		if !rt.prog.host.inQuery {
			h.Rollback()
		}
		rt.dropOutbox()
		clear(rt.calls)
		rt.calls = rt.calls[:0]
		co.fut.trapWith(co.trap)
		rt.wake(co.fut)
		return
	case coAwaiting:
		rt.commit()
		fu := co.awaited
		if fu.done {
			rt.queue = append(rt.queue, co)
		} else {
			fu.waiters = append(fu.waiters, co)
		}
		return
	case coReturned:
		co.fut.settle(co.result)
	case coThrew:
		if rt.actor != nil {
			// An actor's message that throws rejects: its caller sees the
			// error's message with the code of a canister's own reject.
			co.result = errorValue("canister_reject", co.result.AsTuple()[1].AsText())
		}
		co.fut.reject(co.result)
	}
	rt.commit()
	rt.wake(co.fut)
}

// commit ends a step that did not trap: its changes stay, its messages go.
func (rt *actorRuntime) commit() {
	if !rt.prog.host.inQuery {
		rt.prog.host.Commit()
	}
	rt.flushOutbox()
}

func (rt *actorRuntime) flushOutbox() {
	rt.queue = append(rt.queue, rt.outbox...)
	clear(rt.outbox)
	rt.outbox = rt.outbox[:0]
	rt.inflight = append(rt.inflight, rt.calls...)
	clear(rt.calls)
	rt.calls = rt.calls[:0]
}

// wake queues the coroutines awaiting fu, which has settled.
func (rt *actorRuntime) wake(fu *future) {
	rt.queue = append(rt.queue, fu.waiters...)
	fu.waiters = nil
}

// trapMessage is what a canister says of a failure: a trap's own message,
// or the report of a bug of mori.
func trapMessage(err error) string {
	if e, ok := err.(*Error); ok {
		return e.Message
	}
	return err.Error()
}

// main is the goroutine of a coroutine.
func (co *coroutine) main() {
	defer func() {
		if r := recover(); r != nil {
			if th, ok := r.(*thrown); ok {
				co.status, co.result = coThrew, th.err
			} else {
				co.status, co.trap = coTrapped, trapMessage(co.t.errorOf(r))
			}
		}
		co.yield <- struct{}{}
	}()
	v := co.body(co.t)
	co.status, co.result = coReturned, v
}

// await suspends the running message until fu settles, then returns its
// reply or throws its error.
func (t *Thread) await(fu *future) Value {
	co := t.co
	if co == nil {
		// Top-level code (a script, a REPL entry) awaits by running the
		// actor's messages until the one awaited has settled.
		fu.rt.flushOutbox()
		fu.rt.run()
		if !fu.done {
			value.Fail("the awaited message never completed")
		}
		return fu.result()
	}
	if fu.done {
		// moc resumes after a future already settled by a message to
		// itself, which needs room in its queue.
		co.rt.checkQueue("self call")
	}
	co.status, co.awaited = coAwaiting, fu
	co.rt.outstanding++
	co.yield <- struct{}{}
	<-co.resume
	co.rt.outstanding--
	co.awaited = nil
	return fu.result()
}
