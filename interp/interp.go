// Package interp runs checked Motoko programs. Compile turns the syntax
// tree, with the facts the checker recorded in types.Info, into a tree of
// Go closures (one evalFn per expression) with every name resolved to a
// frame slot; Run then executes them.
//
// # Run-time model
//
// A Frame is a slice of values sized at compile time plus a pointer to the
// frame the code was defined in. Every function call gets a frame holding
// its parameters (in slots 0..n-1, so a call site evaluates arguments
// straight into the callee's frame) and all locals of its body; a name is
// read by (depth, index). Objects and modules get a frame of their own. A
// block inside a loop gets a fresh frame per iteration only when a closure
// captures one of its bindings (Binding.Captured), so loops pay nothing
// otherwise. A `var` that an object exposes as a public field lives in a
// value.Cell shared by the frame slot and the object. Functions that make
// no closures or objects cannot leak their frame, so their frames are
// recycled (funcCode.leaf); Go-implemented functions get their arguments
// from a per-thread stack.
//
// Non-local exits (break, continue, return, `!` in `do ?`) set a status on
// the Thread that blocks and loops check after each step; no Go panic is
// involved. Strict expressions (calls, operators, ...) whose operands may
// exit are the rare exception: their operands panic with jumpSignal, which
// the expression itself recovers (see operand and guardJumps).
//
// Traps are Go panics of *trapSignal (compiled code, with the position of
// the failing expression) or *value.Trap (primitives). Run recovers them.
// Code of a library module (types.Module.Library) and primitives carry no
// position of their own: the trap is reported at the innermost call in the
// user's code that led into them, which call sites in user code record in
// Thread.site.
//
// # Seams for what comes next
//
//   - Undo journal: every write to mutable state (var slots, cells, array
//     elements) goes through the Thread methods in write.go, which log the
//     old value when the thread has a journal. RunNew (a REPL entry) uses it
//     with the region manager's Begin/Rollback to undo a trapping run; a
//     trapping actor message can do the same.
//   - await: all execution state is in Thread (no globals), so a message
//     can run on a Thread of its own, e.g. on a goroutine that blocks at an
//     await and is resumed later.
//   - Stable variables: values are walkable with their static types (see
//     package value), which is what serialisation needs.
//   - REPL: Program keeps the main program's top-level frame and scope;
//     Extend compiles another entry after them (Frame.slots grows in place,
//     closures hold the *Frame) and Lookup reads a top-level binding.
package interp

import (
	"bufio"
	"fmt"
	"io"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/bug"
	"github.com/mori-lang/mori/prim"
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// DefaultMaxCallDepth bounds nested calls when Config.MaxCallDepth is 0;
// deeper recursion traps instead of exhausting Go's stack.
const DefaultMaxCallDepth = 100_000

// Config configures a program.
type Config struct {
	// Stdout receives the debug output (Debug.print).
	Stdout io.Writer
	// MaxStablePages bounds stable memory (moc's --max-stable-pages);
	// 0 means moc's default.
	MaxStablePages uint64
	// MaxStableBlocks lowers the runtime's ceiling of 32_768 blocks of
	// 128 pages, to simulate a canister whose stable memory is fuller;
	// 0 means the runtime's.
	MaxStableBlocks uint64
	// MaxCallDepth bounds nested calls; 0 means DefaultMaxCallDepth.
	MaxCallDepth int
	// BeforeModule, when set, is called before each module is evaluated.
	BeforeModule func(*types.Module)
	// Host is the canister an actor program runs in, shared by the
	// versions of an actor across upgrades; nil makes a fresh one.
	Host *Host
	// PrintPrefix starts every debug print.
	PrintPrefix string
	// MaxSteps bounds the calls and loop iterations a run may make (to
	// within a few thousand), so that any program ends; in an actor, those
	// of its installation or of each upgrade hook. 0 means no bound.
	MaxSteps int
	// MessageSteps bounds, as MaxSteps, each step of a message (its run up
	// to an await), as the IC bounds the instructions of one message
	// execution. 0 means no bound.
	MessageSteps int
}

// Error is a trap: a run-time failure at a position in the user's code.
type Error struct {
	Span    ast.Span
	Message string
	// Primitive names the primitive of `mo:⛔` that trapped, if one did
	// (moc's interpreter reports such traps inside its primitive module).
	Primitive string
}

func (e *Error) Error() string {
	if e.Span.File == "" {
		return "execution error, " + e.Message
	}
	return fmt.Sprintf("%s: execution error, %s", e.Span, e.Message)
}

// Program is a compiled program, ready to run.
type Program struct {
	cfg  Config
	out  *bufio.Writer // buffers Config.Stdout during Run
	host *Host
	// actor runs the program's actor, if it has one.
	actor *actorRuntime
	// actorClass is the top-level slot of the actor class the program
	// ends with, which installing calls; -1 without one. classParams are
	// its parameter types.
	actorClass  int
	classParams []types.Type
	// stableSig lists the actor's stable variables (Value unset) and
	// migration the type of its migration function, if any.
	stableSig []StableVar
	migration *types.Func
	// timerFunc says the actor has a `system func timer`.
	timerFunc bool
	// inits evaluate the modules in dependency order, main program last.
	inits []moduleInit
	// top is the main program's frame; topScope its layout.
	top      *Frame
	topScope *scope
	// compiler compiles what Extend adds; ran counts the inits run so far.
	compiler *compiler
	ran      int
	// result is the value of the last main program run.
	result Value
}

// Compile prepares modules (in dependency order, the main program last)
// for running, using what the checker recorded in info.
func Compile(modules []*types.Module, info *types.Info, cfg Config) (p *Program, err error) {
	if cfg.Stdout == nil {
		cfg.Stdout = io.Discard
	}
	if cfg.MaxCallDepth <= 0 {
		cfg.MaxCallDepth = DefaultMaxCallDepth
	}
	if cfg.Host == nil {
		cfg.Host = NewHost(region.NewManager(region.Config{MaxStablePages: cfg.MaxStablePages, MaxBlocks: cfg.MaxStableBlocks}, region.NewMemStore()))
	}
	p = &Program{cfg: cfg, out: bufio.NewWriter(cfg.Stdout), host: cfg.Host, actorClass: -1}
	p.actor = &actorRuntime{prog: p}
	ph := prim.Host{Out: p.out, Regions: p.host.Regions,
		PrintPrefix: cfg.PrintPrefix, Callbacks: p.actor.callbacks, SelfPrincipal: CanisterID}
	if p.host.clock.running {
		ph.System = p.host
	}
	p.compiler = newCompiler(info, p, prim.New(ph))
	if err := p.Extend(modules); err != nil {
		return nil, err
	}
	return p, nil
}

// Extend compiles more modules (in dependency order) into the program, for
// Run to run next. A main program (of Unit type) extends the top-level
// frame of the main programs before it, whose names it may use.
func (p *Program) Extend(modules []*types.Module) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(*compileError); ok {
				err = ce
				return
			}
			err = bug.Recovered(r, "")
		}
	}()
	for _, m := range modules {
		p.inits = append(p.inits, moduleInit{m, p.compiler.module(m)})
	}
	return nil
}

// Run executes the program, every module in order; a trap is returned as
// an *Error.
func (p *Program) Run() error {
	p.ran = 0
	return p.run(false)
}

// RunNew executes the modules that Extend added since the last run (a REPL
// entry). When it traps, it undoes every write the run made to variables,
// fields and arrays, and to stable memory.
func (p *Program) RunNew() error { return p.run(true) }

func (p *Program) run(undoable bool) (err error) {
	t := p.newThread()
	if undoable {
		t.journal = &p.host.journal
		p.host.Begin()
	}
	defer func() {
		if r := recover(); r != nil {
			err = t.errorOf(r)
			p.ran = len(p.inits)
			if undoable {
				p.host.Rollback()
			}
		} else if undoable {
			p.host.Commit()
		}
		if ferr := p.out.Flush(); ferr != nil && err == nil {
			err = ferr
		}
	}()
	for p.ran < len(p.inits) {
		init := p.inits[p.ran]
		p.ran++
		if p.cfg.BeforeModule != nil {
			if ferr := p.out.Flush(); ferr != nil {
				return ferr
			}
			p.cfg.BeforeModule(init.module)
		}
		init.run(t, nil)
	}
	// Messages an actor sent to itself run as moc's interpreter runs them.
	p.actor.flushOutbox()
	p.actor.run()
	return nil
}

func (p *Program) newThread() *Thread {
	return &Thread{maxDepth: p.cfg.MaxCallDepth, stepsLeft: p.cfg.MaxSteps}
}

// Result is the value of the last main program run: the value of its last
// declaration.
func (p *Program) Result() Value { return p.result }

// Define gives a binding the checker defined at top level (Checker.Define)
// its value, in a new slot of the top-level frame.
func (p *Program) Define(b *types.Binding, v Value) {
	if p.top == nil {
		p.top, p.topScope = &Frame{}, &scope{}
	}
	i := p.topScope.alloc()
	p.compiler.slots[b] = slot{scope: p.topScope, index: i}
	p.top.slots = append(p.top.slots, make([]Value, p.topScope.size-len(p.top.slots))...)
	p.top.slots[i] = v
}

// Lookup reads a top-level binding of the main programs.
func (p *Program) Lookup(b *types.Binding) (Value, bool) {
	s, ok := p.compiler.slots[b]
	if !ok || s.scope != p.topScope || p.top == nil || s.index >= len(p.top.slots) {
		return Value{}, false
	}
	v := p.top.slots[s.index]
	if s.boxed {
		v = v.AsCell().V
	}
	return v, true
}

// Regions is the program's stable memory.
func (p *Program) Regions() *region.Manager { return p.host.Regions }

// moduleInit is the code that evaluates one module.
type moduleInit struct {
	module *types.Module
	run    evalFn
}

// errorOf turns a recovered panic into the error Run reports: a trap, or
// a bug of mori.
func (t *Thread) errorOf(r any) error {
	var site *ast.Span
	var msg, prim string
	switch r := r.(type) {
	case *trapSignal:
		site, msg = r.site, r.message
	case *value.Trap:
		msg = r.Message
		if t.prim != nil {
			prim = t.prim.Name
		}
	case *thrown:
		msg = "uncaught error: " + r.err.AsTuple()[1].AsText()
	default:
		where := ""
		if t.site != nil {
			where = t.site.String()
		}
		return bug.Recovered(r, where)
	}
	if site == nil {
		site = t.site
	}
	if site == nil {
		return &Error{Message: msg, Primitive: prim}
	}
	return &Error{Span: *site, Message: msg, Primitive: prim}
}
