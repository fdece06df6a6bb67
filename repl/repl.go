// Package repl is mori's interactive session: `mori repl`, `mori -i
// [FILES...]`, or plain `mori` on a terminal. Each entry (declarations or
// an expression, ended by `;` at the end of a line) is checked and run in
// the scope of the entries before it and echoed exactly as `moc -i` echoes
// it. Commands starting with `:` inspect and manage the session.
//
// The same engine serves a terminal, through github.com/chzyer/readline
// (history, completion, Ctrl-C to abandon an entry, Ctrl-D to leave), and
// any other input, read line by line with the same prompts and echoes as
// moc's, so that a session can be scripted.
package repl

import (
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/chzyer/readline"

	"github.com/mori-lang/mori/driver"
	"github.com/mori-lang/mori/interp"
)

// Options configure a session.
type Options struct {
	// Files run before the first entry, in their order.
	Files []string
	// Verbose prints moc's progress lines (`moc -v`).
	Verbose bool
	Loader  driver.Loader
	Interp  interp.Config
	Stdin   io.Reader
	Stdout  io.Writer
	Stderr  io.Writer
}

// Banner is the first line of a session, moc's banner in mori's words.
const Banner = "mori 0.1 (Motoko REPL)"

const usage = `usage: mori repl [-v] [--package NAME DIR] [--max-stable-pages N] [--max-stable-blocks N] [FILE.mo...]
       mori -i [-v] [FILE.mo...]
`

// Wants reports whether the command line asks for a session: `repl`, moc's
// `-i` anywhere, or no arguments at all when stdin is a terminal.
func Wants(args []string, stdin io.Reader) bool {
	if len(args) == 0 {
		return isTerminal(stdin)
	}
	if args[0] == "repl" {
		return true
	}
	for _, a := range args {
		if a == "-i" {
			return true
		}
	}
	return false
}

// Main runs a session for a command line that Wants one; it returns the
// exit status: 0, or 2 when the arguments or the files are wrong.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts := Options{Stdin: stdin, Stdout: stdout, Stderr: stderr, Loader: driver.Loader{Packages: map[string]string{}}}
	if cache := driver.UserCheckCache(); cache != nil {
		opts.Loader.Verdicts = cache
	}
	if len(args) > 0 && args[0] == "repl" {
		args = args[1:]
	}
	for i := 0; i < len(args); i++ {
		switch a := args[i]; a {
		case "-i":
		case "-v":
			opts.Verbose = true
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
			if a == "--max-stable-pages" {
				opts.Interp.MaxStablePages = n
			} else {
				opts.Interp.MaxStableBlocks = n
			}
			i++
		default:
			if len(a) > 1 && a[0] == '-' {
				fmt.Fprintf(stderr, "mori: unexpected argument %q\n%s", a, usage)
				return driver.ExitError
			}
			opts.Files = append(opts.Files, a)
		}
	}
	// In a mops project, its installed packages too.
	if err := driver.AddMopsPackages(opts.Loader.Packages, "."); err != nil {
		fmt.Fprintf(stderr, "mori: %v\n", err)
		return driver.ExitError
	}
	return Run(opts)
}

// Run runs a session: the files first, then entries from opts.Stdin until
// it ends. A file that fails to load ends the session before it starts,
// as with moc.
func Run(opts Options) int {
	fmt.Fprintln(opts.Stdout, Banner)
	s := newSession(opts)
	for _, f := range opts.Files {
		if !s.loadFile(f, false) {
			return driver.ExitError
		}
	}
	if isTerminal(opts.Stdin) {
		term, err := newTerminal(opts.Stdin.(*os.File), opts.Stdout, s)
		if err == nil {
			defer term.Close()
			s.loop(term)
			return driver.ExitOK
		}
	}
	s.loop(newPlainSource(opts.Stdin, opts.Stdout))
	return driver.ExitOK
}

// isTerminal reports whether r is a terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && readline.IsTerminal(int(f.Fd()))
}
