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
//   - Undo journal for trapping actor messages: every write to mutable
//     state (var slots, cells, array elements) goes through the functions
//     in write.go, the one place to log old values when a journal is active.
//   - await: all execution state is in Thread (no globals), so a message
//     can run on a Thread of its own, e.g. on a goroutine that blocks at an
//     await and is resumed later.
//   - Stable variables: values are walkable with their static types (see
//     package value), which is what serialisation needs.
//   - REPL: Program keeps the main program's top-level frame and scope;
//     compiling another entry appends slots to both (Frame.slots grows in
//     place, closures hold the *Frame).
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
	// MaxSteps bounds the calls and loop iterations a run may make (to
	// within a few thousand), so that any program ends; 0 means no bound.
	MaxSteps int
}

// Error is a trap: a run-time failure at a position in the user's code.
type Error struct {
	Span    ast.Span
	Message string
}

func (e *Error) Error() string {
	if e.Span.File == "" {
		return "execution error, " + e.Message
	}
	return fmt.Sprintf("%s: execution error, %s", e.Span, e.Message)
}

// Program is a compiled program, ready to run.
type Program struct {
	cfg     Config
	out     *bufio.Writer // buffers Config.Stdout during Run
	regions *region.Manager
	// inits evaluate the modules in dependency order, main program last.
	inits []evalFn
	// top is the main program's frame; topScope its layout.
	top      *Frame
	topScope *scope
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
	p = &Program{
		cfg:     cfg,
		out:     bufio.NewWriter(cfg.Stdout),
		regions: region.NewManager(region.Config{MaxStablePages: cfg.MaxStablePages, MaxBlocks: cfg.MaxStableBlocks}, region.NewMemStore()),
	}
	c := newCompiler(info, p, prim.New(prim.Host{Out: p.out, Regions: p.regions}))
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
		p.inits = append(p.inits, c.module(m))
	}
	return p, nil
}

// Run executes the program; a trap is returned as an *Error.
func (p *Program) Run() (err error) {
	t := &Thread{maxDepth: p.cfg.MaxCallDepth, stepsLeft: p.cfg.MaxSteps}
	defer func() {
		if r := recover(); r != nil {
			err = t.errorOf(r)
		}
		if ferr := p.out.Flush(); ferr != nil && err == nil {
			err = ferr
		}
	}()
	for _, init := range p.inits {
		init(t, nil)
	}
	return nil
}

// errorOf turns a recovered panic into the error Run reports: a trap, or
// a bug of mori.
func (t *Thread) errorOf(r any) error {
	var site *ast.Span
	var msg string
	switch r := r.(type) {
	case *trapSignal:
		site, msg = r.site, r.message
	case *value.Trap:
		msg = r.Message
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
		return &Error{Message: msg}
	}
	return &Error{Span: *site, Message: msg}
}
