package interp

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/value"
)

// Value is the run-time value.
type Value = value.Value

// evalFn evaluates one compiled expression or declaration.
type evalFn func(t *Thread, f *Frame) Value

// Frame holds the slots of one function activation, object body or
// per-iteration block; up is the frame the code was defined in.
type Frame struct {
	slots []Value
	up    *Frame
	// gen is the journal generation the frame was made in: writes to a
	// frame made in the running step need no undo (see write.go).
	gen uint64
}

// Frames of common sizes are allocated with their slots in one piece.
type (
	frame1 struct {
		Frame
		buf [1]Value
	}
	frame2 struct {
		Frame
		buf [2]Value
	}
	frame4 struct {
		Frame
		buf [4]Value
	}
	frame8 struct {
		Frame
		buf [8]Value
	}
)

func newFrame(n int, up *Frame, gen uint64) *Frame {
	switch {
	case n <= 1:
		fr := &frame1{}
		fr.slots, fr.up, fr.gen = fr.buf[:n], up, gen
		return &fr.Frame
	case n <= 2:
		fr := &frame2{}
		fr.slots, fr.up, fr.gen = fr.buf[:n], up, gen
		return &fr.Frame
	case n <= 4:
		fr := &frame4{}
		fr.slots, fr.up, fr.gen = fr.buf[:n], up, gen
		return &fr.Frame
	case n <= 8:
		fr := &frame8{}
		fr.slots, fr.up, fr.gen = fr.buf[:n], up, gen
		return &fr.Frame
	}
	return &Frame{slots: make([]Value, n), up: up, gen: gen}
}

// ctl is a pending non-local exit.
type ctl uint8

const (
	ctlNone     ctl = iota
	ctlBreak        // to label Thread.target (also `!` leaving a `do ?`)
	ctlContinue     // the loop labelled Thread.target
	ctlReturn       // from the current function
)

// Thread is the state of one running computation.
type Thread struct {
	ctl    ctl
	target int
	val    Value // the value a break or return carries

	depth, maxDepth int
	ticks           int // steps since the heap budget was last checked
	steps           int // steps before those ticks (see Steps)
	executionStart  int // steps when the running execution began
	stepsLeft       int // of Config.MaxSteps, when it is not 0
	// site is the innermost call in user code into a library function or a
	// primitive: where a trap without a position of its own is reported.
	site *ast.Span
	// args is a stack of argument lists for calls of Go functions, which
	// must not keep their argument slice (value.Builtin).
	args []Value
	// frames holds recycled frames of leaf functions.
	frames []*Frame
	// journal, when set, logs writes so that a trap can undo them (see
	// write.go).
	journal *journal
	// co is the coroutine running this thread's message, which await suspends.
	co *coroutine
	// prim is the primitive being run, which a trap of its own names.
	prim *value.Builtin
}

// frameFor makes the frame of a call of cl, recycling one for a leaf.
func (t *Thread) frameFor(cl *closure) *Frame {
	if cl.code.pending != nil {
		cl.code.pending()
	}
	n := cl.code.nslots
	if k := len(t.frames); k > 0 && cl.code.leaf {
		fr := t.frames[k-1]
		t.frames = t.frames[:k-1]
		if cap(fr.slots) >= n {
			fr.slots = fr.slots[:n]
		} else {
			fr.slots = make([]Value, n)
		}
		fr.up, fr.gen = cl.env, t.gen()
		return fr
	}
	return newFrame(n, cl.env, t.gen())
}

// gen is the generation of frames made now: the running step's, or 0
// outside steps.
func (t *Thread) gen() uint64 {
	if t.journal == nil {
		return 0
	}
	return t.journal.gen
}

// release recycles the frame of a finished leaf call.
func (t *Thread) release(fr *Frame) {
	clear(fr.slots)
	fr.up = nil
	t.frames = append(t.frames, fr)
}

// pushArgs reserves n argument slots; nested calls push above them. If the
// stack grows meanwhile the slice keeps pointing at the old array, which is
// still only the caller's.
func (t *Thread) pushArgs(n int) []Value {
	base := len(t.args)
	for range n {
		t.args = append(t.args, Value{})
	}
	return t.args[base : base+n : base+n]
}

// popArgs releases the n slots pushed last, clearing them for the GC.
func (t *Thread) popArgs(n int) {
	top := len(t.args) - n
	for i := top; i < len(t.args); i++ {
		t.args[i] = Value{}
	}
	t.args = t.args[:top]
}

// trapSignal is the panic of a trap raised by compiled code; site is nil in
// library code.
type trapSignal struct {
	site    *ast.Span
	message string
}

func trap(site *ast.Span, message string) {
	panic(&trapSignal{site: site, message: message})
}

// jumpSignal unwinds a strict expression whose operand exited (see operand).
type jumpSignal struct{}

// funcCode is the compiled form of a function.
type funcCode struct {
	// pending, when set, compiles the function: everything below is unset
	// until then (frameFor runs it at the first call).
	pending func()
	nslots  int
	// prologue matches parameter patterns that are not plain names.
	prologue func(t *Thread, f *Frame)
	body     evalFn
	// lib marks library code: calls into it from user code record their site.
	lib bool
	// leaf says the body makes no closures or objects, so nothing can keep
	// its frame after the call and the frame is recycled.
	leaf bool
}

// closure is a function value defined in Motoko.
type closure struct {
	code *funcCode
	env  *Frame
}

// run executes code in fr, whose parameter slots are filled; site is the
// call's position for a stack overflow (nil when unknown).
func (t *Thread) run(code *funcCode, fr *Frame, site *ast.Span) Value {
	if t.depth >= t.maxDepth {
		trap(site, "stack overflow")
	}
	t.tick(site)
	t.depth++
	if code.prologue != nil {
		code.prologue(t, fr)
	}
	r := code.body(t, fr)
	t.depth--
	if code.leaf {
		t.release(fr)
	}
	if t.ctl == ctlReturn {
		r, t.ctl, t.val = t.val, ctlNone, Value{}
	}
	return r
}

// Steps counts the steps of the running execution and of the thread's
// whole life, its message's call context (value.Context).
func (t *Thread) Steps() (execution, callContext uint64) {
	all := t.steps + t.ticks
	return uint64(all - t.executionStart), uint64(all)
}

// Call applies a function value (a closure or a builtin) to one argument
// per parameter; primitives such as Array_tabulate call back through it.
func (t *Thread) Call(fn Value, args []Value) Value {
	switch cl := fn.Ref.(type) {
	case *closure:
		fr := t.frameFor(cl)
		copy(fr.slots, args)
		return t.run(cl.code, fr, nil)
	case *value.Builtin:
		saved := t.prim
		t.prim = cl
		r := cl.Fn(t, args)
		t.prim = saved
		return r
	}
	panic("interp: calling a value that is not a function")
}
