// Command mori runs Motoko programs with simulated stable memory, and
// actors through install, message and upgrade scripts.
//
//	mori run [flags] FILE.mo             (also: mori -r FILE.mo)
//	mori drun [flags] [--state DIR] FILE.mo|FILE.drun
//	mori script [flags] [--state DIR] SCRIPT (install, call, query, upgrade in Candid text)
//	mori repl [flags] [FILE.mo...]       (also: mori -i, or plain mori on a terminal)
//	mori --print-deps FILE.mo
//
// Flags follow moc's: --package NAME DIR, --max-stable-pages N; and
// --max-stable-blocks N lowers the runtime's ceiling of 32_768 blocks to
// simulate a canister whose stable memory is fuller. --state DIR (drun and
// script) keeps the canister's stable state in DIR, so that the next run
// against DIR continues from it (its first install is an upgrade). In a
// mops project (a mops.toml in the program's folder or above) the packages
// mops installed are found without --package.
package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/mori-lang/mori/canister"
	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/driver"
	"github.com/mori-lang/mori/drun"
	"github.com/mori-lang/mori/heap"
	"github.com/mori-lang/mori/interp"
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/repl"
	"github.com/mori-lang/mori/script"
	"github.com/mori-lang/mori/stable"
)

const usage = `usage: mori run [--package NAME DIR] [--max-stable-pages N] [--max-stable-blocks N] [--max-heap SIZE] FILE.mo
       mori -r FILE.mo
       mori drun [--enhanced-orthogonal-persistence | --legacy-persistence]
                 [--default-persistent-actors] [--explain] [--package NAME DIR]
                 [--max-stable-pages N] [--max-stable-blocks N] [--state DIR]
                 [--max-message-steps N] FILE.mo|SCRIPT.drun
       mori script [the drun flags but --explain] SCRIPT
       mori repl [FILE.mo...]    (also: mori -i [FILE.mo...], or mori on a terminal)
       mori --print-deps FILE.mo
SIZE is a number of bytes, or of KiB, MiB or GiB: 512MiB.
`

func main() {
	if os.Getenv("GOTRACEBACK") == "" {
		// Should the Go runtime itself fail, it prints its one-line reason
		// rather than a dump of every goroutine; GOTRACEBACK shows them.
		debug.SetTraceback("none")
	}
	configureRuntime()
	if repl.Wants(os.Args[1:], os.Stdin) {
		os.Exit(repl.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// flags are the command line's options.
type flags struct {
	packages                map[string]string
	maxPages, maxBlocks     uint64
	maxHeap                 int64
	mode                    stable.Mode
	defaultPersistentActors bool
	explain                 bool
	stableRegions           bool
	// stateDir keeps the canister's state across runs.
	stateDir string
	// messageSteps bounds each message step (canister.DefaultMessageSteps).
	messageSteps int
	file         string
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return driver.ExitError
	}
	cmd := args[0]
	switch cmd {
	case "run", "-r", "drun", "script":
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return driver.ExitOK
	case "--print-deps":
		return driver.PrintDeps(args[1:], stdout, stderr)
	default:
		fmt.Fprintf(stderr, "mori: unknown command %q\n%s", cmd, usage)
		return driver.ExitError
	}
	fl, err := parseFlags(args[1:], cmd == "drun" || cmd == "script")
	if err != nil {
		fmt.Fprintf(stderr, "mori: %v\n%s", err, usage)
		return driver.ExitError
	}
	heap.SetBudget(cmp.Or(fl.maxHeap, heap.DefaultBudget))
	if err := driver.AddMopsPackages(fl.packages, filepath.Dir(fl.file)); err != nil {
		fmt.Fprintf(stderr, "mori: %v\n", err)
		return driver.ExitError
	}
	switch cmd {
	case "drun":
		return runDrun(fl, stdout, stderr)
	case "script":
		return runFriendly(fl, stdout, stderr)
	}
	opts := driver.Options{Stdout: stdout, Stderr: stderr,
		Loader: driver.Loader{Packages: fl.packages, BeforeLibraries: heapInHugePages, Verdicts: userVerdicts()}}
	opts.Interp.MaxStablePages, opts.Interp.MaxStableBlocks = fl.maxPages, fl.maxBlocks
	opts.MaxHeap = fl.maxHeap
	return driver.Run(fl.file, opts)
}

// userVerdicts is the user's check cache (driver.UserCheckCache), or nil
// when there is no cache folder.
func userVerdicts() check.Verdicts {
	if cache := driver.UserCheckCache(); cache != nil {
		return cache
	}
	return nil
}

func parseFlags(args []string, drunFlags bool) (*flags, error) {
	fl := &flags{packages: map[string]string{}, messageSteps: canister.DefaultMessageSteps}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--package":
			if i+2 >= len(args) {
				return nil, fmt.Errorf("--package needs NAME and DIR")
			}
			fl.packages[args[i+1]] = args[i+2]
			i += 2
		case a == "--max-stable-pages" || a == "--max-stable-blocks":
			if i+1 >= len(args) {
				return nil, fmt.Errorf("%s needs a number", a)
			}
			n, err := strconv.ParseUint(strings.ReplaceAll(args[i+1], "_", ""), 10, 64)
			if err != nil {
				return nil, fmt.Errorf("%s: %q is not a number", a, args[i+1])
			}
			if n == 0 {
				// In interp.Config 0 stands for the default: refused
				// here rather than silently meaning it.
				return nil, fmt.Errorf("%s: must be at least 1", a)
			}
			if a == "--max-stable-pages" {
				fl.maxPages = n
			} else {
				fl.maxBlocks = n
			}
			i++
		case a == "--max-heap":
			if i+1 >= len(args) {
				return nil, fmt.Errorf("%s needs a size", a)
			}
			n, err := parseSize(args[i+1])
			if err != nil {
				return nil, fmt.Errorf("%s: %v", a, err)
			}
			fl.maxHeap = n
			i++
		case drunFlags && a == "--legacy-persistence":
			fl.mode = stable.Classical
		case drunFlags && a == "--enhanced-orthogonal-persistence":
			fl.mode = stable.Enhanced
		case drunFlags && a == "--default-persistent-actors":
			fl.defaultPersistentActors = true
		case drunFlags && a == "--explain":
			fl.explain = true
		case drunFlags && a == "--stable-regions":
			fl.stableRegions = true
		case drunFlags && a == "--max-message-steps":
			if i+1 >= len(args) {
				return nil, fmt.Errorf("%s needs a number", a)
			}
			n, err := strconv.ParseUint(strings.ReplaceAll(args[i+1], "_", ""), 10, 31)
			if err != nil || n == 0 {
				return nil, fmt.Errorf("%s: %q is not a number from 1 to 2_147_483_647", a, args[i+1])
			}
			fl.messageSteps = int(n)
			i++
		case drunFlags && a == "--state":
			if i+1 >= len(args) {
				return nil, fmt.Errorf("--state needs a directory")
			}
			fl.stateDir = args[i+1]
			i++
		default:
			if fl.file != "" || len(a) > 1 && a[0] == '-' {
				return nil, fmt.Errorf("unexpected argument %q", a)
			}
			fl.file = a
		}
	}
	if fl.file == "" {
		return nil, fmt.Errorf("no file to run")
	}
	return fl, nil
}

// canisterConfig configures the canister of a script in dir whose debug
// prints go to out, each after prefix; sources replaces the text of files.
func canisterConfig(fl *flags, dir string, out io.Writer, prefix string, sources map[string][]byte) canister.Config {
	verdicts := userVerdicts()
	compile := func(file string, host *interp.Host) (*interp.Program, error) {
		return driver.CompileActor(filepath.Join(dir, file), host, driver.ActorOptions{
			Packages: fl.packages, Stdout: out, Verdicts: verdicts,
			Interp:                  canister.WithStepLimits(interp.Config{PrintPrefix: prefix}, fl.messageSteps),
			DefaultPersistentActors: fl.defaultPersistentActors,
			Source:                  sources[file],
		})
	}
	return canister.Config{Compile: compile, Mode: fl.mode,
		Regions:  region.Config{MaxStablePages: fl.maxPages, MaxBlocks: fl.maxBlocks, StableRegions: fl.stableRegions},
		StateDir: fl.stateDir}
}

// runFriendly plays a script written for people (package script).
func runFriendly(fl *flags, stdout, stderr io.Writer) int {
	src, err := os.ReadFile(fl.file)
	if err != nil {
		fmt.Fprintf(stderr, "%s: cannot read file: %v\n", fl.file, err)
		return driver.ExitError
	}
	cmds, err := script.Parse(fl.file, string(src))
	if err != nil {
		fmt.Fprintln(stderr, err)
		return driver.ExitError
	}
	_, err = script.Run(cmds, script.Options{File: fl.file, Out: stdout,
		Canister: canisterConfig(fl, filepath.Dir(fl.file), stdout, "", nil)})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return driver.ExitError
	}
	return driver.ExitOK
}

// runDrun plays a drun script, or a Motoko file's implicit one.
func runDrun(fl *flags, stdout, stderr io.Writer) int {
	src, err := os.ReadFile(fl.file)
	if err != nil {
		fmt.Fprintf(stderr, "%s: cannot read file: %v\n", fl.file, err)
		return driver.ExitError
	}
	out := &drun.NormalizingWriter{W: stdout}
	defer out.Flush()
	stdout = out
	dir := filepath.Dir(fl.file)
	var cmds []drun.Command
	sources := map[string][]byte{}
	if strings.HasSuffix(fl.file, ".mo") {
		mangled := drun.Mangle(string(src))
		sources[filepath.Base(fl.file)] = []byte(mangled)
		cmds, err = drun.FromMotoko(filepath.Base(fl.file), mangled)
	} else {
		cmds, err = drun.Parse(fl.file, string(src))
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return driver.ExitError
	}
	opts := drun.Options{Canister: canisterConfig(fl, dir, stdout, "debug.print: ", sources), Out: stdout}
	if fl.explain {
		opts.Explain = stderr
	}
	if err := drun.Run(cmds, opts); err != nil {
		fmt.Fprintln(stderr, err)
		return driver.ExitError
	}
	return driver.ExitOK
}
