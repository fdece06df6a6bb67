// Command mori runs Motoko programs with simulated stable memory.
//
//	mori run [flags] FILE.mo      (also: mori -r FILE.mo)
//
// Flags follow moc's: --package NAME DIR, --max-stable-pages N; and
// --max-stable-blocks N lowers the runtime's ceiling of 32_768 blocks to
// simulate a canister whose stable memory is fuller; --max-heap SIZE sets
// the heap budget (4GiB by default).
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"

	"github.com/mori-lang/mori/driver"
)

const usage = `usage: mori run [--package NAME DIR] [--max-stable-pages N] [--max-stable-blocks N] [--max-heap SIZE] FILE.mo
       mori -r FILE.mo
SIZE is a number of bytes, or of KiB, MiB or GiB: 512MiB.
`

func main() {
	if os.Getenv("GOTRACEBACK") == "" {
		// Should the Go runtime itself fail, it prints its one-line reason
		// rather than a dump of every goroutine; GOTRACEBACK shows them.
		debug.SetTraceback("none")
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return driver.ExitError
	}
	switch args[0] {
	case "run", "-r":
		args = args[1:]
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return driver.ExitOK
	default:
		fmt.Fprintf(stderr, "mori: unknown command %q\n%s", args[0], usage)
		return driver.ExitError
	}
	opts := driver.Options{Stdout: stdout, Stderr: stderr, Loader: driver.Loader{Packages: map[string]string{}}}
	var file string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; a {
		case "--package":
			if i+2 >= len(args) {
				fmt.Fprintf(stderr, "mori: --package needs NAME and DIR\n%s", usage)
				return driver.ExitError
			}
			opts.Loader.Packages[args[i+1]] = args[i+2]
			i += 2
		case "--max-stable-pages", "--max-stable-blocks":
			if i+1 >= len(args) {
				fmt.Fprintf(stderr, "mori: %s needs a number\n%s", a, usage)
				return driver.ExitError
			}
			n, err := strconv.ParseUint(args[i+1], 10, 64)
			if err != nil {
				fmt.Fprintf(stderr, "mori: %s: %q is not a number\n", a, args[i+1])
				return driver.ExitError
			}
			if n == 0 {
				// In interp.Config 0 stands for the default: refused
				// here rather than silently meaning it.
				fmt.Fprintf(stderr, "mori: %s: must be at least 1\n", a)
				return driver.ExitError
			}
			if a == "--max-stable-pages" {
				opts.Interp.MaxStablePages = n
			} else {
				opts.Interp.MaxStableBlocks = n
			}
			i++
		case "--max-heap":
			if i+1 >= len(args) {
				fmt.Fprintf(stderr, "mori: %s needs a size\n%s", a, usage)
				return driver.ExitError
			}
			n, err := parseSize(args[i+1])
			if err != nil {
				fmt.Fprintf(stderr, "mori: %s: %v\n", a, err)
				return driver.ExitError
			}
			opts.MaxHeap = n
			i++
		default:
			if file != "" || len(a) > 1 && a[0] == '-' {
				fmt.Fprintf(stderr, "mori: unexpected argument %q\n%s", a, usage)
				return driver.ExitError
			}
			file = a
		}
	}
	if file == "" {
		fmt.Fprintf(stderr, "mori: no file to run\n%s", usage)
		return driver.ExitError
	}
	return driver.Run(file, opts)
}
