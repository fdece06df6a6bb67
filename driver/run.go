package driver

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/bug"
	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/heap"
	"github.com/mori-lang/mori/interp"
	"github.com/mori-lang/mori/parser"
)

// Exit statuses of `mori run`, as the golden tests expect them.
const (
	ExitOK       = 0
	ExitTrap     = 1
	ExitError    = 2 // syntax, type or usage error
	ExitInternal = 3 // a bug of mori
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
func Run(name string, opts Options) (status int) {
	defer func() {
		if r := recover(); r != nil {
			status = report(opts.Stderr, bug.Recovered(r, name), ExitInternal)
		}
	}()
	heap.SetBudget(cmp.Or(opts.MaxHeap, heap.DefaultBudget))
	prog, err := opts.Loader.ParseMain(name)
	if err != nil {
		return report(opts.Stderr, err, ExitError)
	}
	checker := check.New(opts.Loader.Import)
	checker.Verdicts = opts.Loader.Verdicts
	mods, err := checker.CheckProgram(prog)
	if err != nil {
		return report(opts.Stderr, err, ExitError)
	}
	cfg := opts.Interp
	cfg.Stdout = opts.Stdout
	compiled, err := interp.Compile(mods, checker.Info(), cfg)
	if err != nil {
		return report(opts.Stderr, err, ExitError)
	}
	if err := compiled.Run(); err != nil {
		return report(opts.Stderr, err, ExitTrap)
	}
	return ExitOK
}

// ActorOptions configure compiling an actor for a canister.
type ActorOptions struct {
	Packages map[string]string
	Stdout   io.Writer
	Interp   interp.Config
	// DefaultPersistentActors makes a plain `actor` persistent.
	DefaultPersistentActors bool
	// Source, when set, is the main file's text instead of what is on disk.
	Source []byte
	// Verdicts, when set, is the check cache (see Loader.Verdicts): an
	// upgrade compiles the actor again, with the same libraries.
	Verdicts check.Verdicts
}

// CompileActor parses, checks and compiles the actor program in file to
// run in host. The file's folder is the root of its relative imports and
// its base name the name messages show, as when moc compiles it there.
func CompileActor(file string, host *interp.Host, opts ActorOptions) (*interp.Program, error) {
	l := Loader{Dir: filepath.Dir(file), Packages: opts.Packages, Verdicts: opts.Verdicts}
	var prog *ast.Program
	var err error
	if opts.Source != nil {
		prog, err = parser.ParseFile(filepath.Base(file), string(opts.Source))
	} else {
		prog, err = l.ParseMain(filepath.Base(file))
	}
	if err != nil {
		return nil, err
	}
	c := check.New(l.Import)
	c.Verdicts = opts.Verdicts
	c.DefaultPersistentActors = opts.DefaultPersistentActors
	mods, err := c.CheckProgram(prog)
	if err != nil {
		return nil, err
	}
	cfg := opts.Interp
	cfg.Stdout, cfg.Host = opts.Stdout, host
	return interp.Compile(mods, c.Info(), cfg)
}

// report prints err and returns the exit status for it: status, or
// ExitInternal for a bug of mori, which is told apart in one line (and
// with where it happened in mori only when GOTRACEBACK asks for stacks).
func report(stderr io.Writer, err error, status int) int {
	var internal *bug.Error
	if !errors.As(err, &internal) {
		fmt.Fprintln(stderr, err)
		return status
	}
	fmt.Fprintf(stderr, "mori: %v (a bug in mori: please report it with the program that caused it)\n", err)
	if tb := os.Getenv("GOTRACEBACK"); tb != "" && tb != "none" && tb != "0" {
		stderr.Write(internal.Stack)
	}
	return ExitInternal
}
