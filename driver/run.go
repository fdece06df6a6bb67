package driver

import (
	"cmp"
	"fmt"
	"io"

	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/heap"
	"github.com/mori-lang/mori/interp"
)

// Exit statuses of `mori run`, as the golden tests expect them.
const (
	ExitOK    = 0
	ExitTrap  = 1
	ExitError = 2 // syntax, type or usage error
)

// Options configure one run.
type Options struct {
	Loader Loader
	Stdout io.Writer
	Stderr io.Writer
	Interp interp.Config
	// MaxHeap is the heap budget in bytes (heap.SetBudget); 0 means
	// heap.DefaultBudget.
	MaxHeap int64
}

// Run parses, checks and runs the program in file name; it reports errors
// on opts.Stderr and returns the exit status.
func Run(name string, opts Options) int {
	heap.SetBudget(cmp.Or(opts.MaxHeap, heap.DefaultBudget))
	prog, err := opts.Loader.ParseMain(name)
	if err != nil {
		fmt.Fprintln(opts.Stderr, err)
		return ExitError
	}
	mods, info, err := check.Check(prog, opts.Loader.Import)
	if err != nil {
		fmt.Fprintln(opts.Stderr, err)
		return ExitError
	}
	cfg := opts.Interp
	cfg.Stdout = opts.Stdout
	compiled, err := interp.Compile(mods, info, cfg)
	if err != nil {
		fmt.Fprintln(opts.Stderr, err)
		return ExitError
	}
	if err := compiled.Run(); err != nil {
		fmt.Fprintln(opts.Stderr, err)
		return ExitTrap
	}
	return ExitOK
}
