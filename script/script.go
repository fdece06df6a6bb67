// Package script runs upgrade scripts written for people: one command a
// line, arguments and replies in Candid text as `dfx canister call` shows
// them.
//
//	# a log that survives an upgrade
//	install log.mo
//	call add("hello")
//	query size()
//	upgrade log_v2.mo
//	query get(0)
//
// Commands: `install FILE [ARGS]`, `reinstall FILE [ARGS]`, `upgrade FILE
// [ARGS]` (ARGS are an actor class's arguments), `call METHOD(ARGS)` (an
// update message), `query METHOD(ARGS)`. `#` starts a comment. Files are
// relative to the script's folder.
//
// The transcript echoes each command after `> `, then the debug prints it
// caused, then its outcome: the reply in Candid text, or a line starting
// `error:`. A rejected upgrade also explains, in moc's words, what to fix.
package script

import (
	"fmt"
	"io"
	"strings"

	"github.com/mori-lang/mori/candid"
	"github.com/mori-lang/mori/canister"
	"github.com/mori-lang/mori/interp"
	"github.com/mori-lang/mori/types"
)

// Command is one line of a script.
type Command struct {
	Line int
	Text string // the line as written, without its comment
	// Verb is install, reinstall, upgrade, call or query.
	Verb string
	// Target is the file for install, reinstall and upgrade, the method
	// for call and query.
	Target string
	// Args is the Candid text of the arguments, with its column in the line.
	Args    string
	ArgsCol int
}

// Error is a mistake in a script, at a line and column.
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d.%d: %s", e.File, e.Line, e.Col, e.Msg) }

// Parse reads a script.
func Parse(file, src string) ([]Command, error) {
	var cmds []Command
	for i, line := range strings.Split(src, "\n") {
		if j := commentStart(line); j >= 0 {
			line = line[:j]
		}
		text := strings.TrimRight(line, " \t\r")
		trimmed := strings.TrimLeft(text, " \t")
		if trimmed == "" {
			continue
		}
		indent := len(text) - len(trimmed)
		verb, rest, _ := strings.Cut(trimmed, " ")
		cmd := Command{Line: i + 1, Text: trimmed, Verb: verb}
		rest = strings.TrimSpace(rest)
		restCol := indent + len(trimmed) - len(strings.TrimLeft(trimmed[len(verb):], " ")) + 1
		fail := func(col int, format string, args ...any) error {
			return &Error{File: file, Line: i + 1, Col: col, Msg: fmt.Sprintf(format, args...)}
		}
		switch verb {
		case "install", "reinstall", "upgrade":
			target, args, _ := strings.Cut(rest, " ")
			if target == "" {
				return nil, fail(restCol, "%s needs a Motoko file", verb)
			}
			cmd.Target, cmd.Args = target, strings.TrimSpace(args)
			cmd.ArgsCol = restCol + len(rest) - len(cmd.Args)
		case "call", "query":
			open := strings.IndexByte(rest, '(')
			if open <= 0 || !strings.HasSuffix(rest, ")") {
				return nil, fail(restCol, "expected METHOD(ARGS), as in %s add(\"hello\")", verb)
			}
			cmd.Target = strings.TrimSpace(rest[:open])
			if strings.ContainsAny(cmd.Target, " \t") {
				return nil, fail(restCol, "a method name has no spaces: %q", cmd.Target)
			}
			cmd.Args, cmd.ArgsCol = rest[open:], restCol+open
		default:
			return nil, fail(indent+1, "unknown command %q (expected install, reinstall, upgrade, call or query)", verb)
		}
		cmds = append(cmds, cmd)
	}
	return cmds, nil
}

// commentStart finds a `#` outside a text literal.
func commentStart(line string) int {
	quoted := false
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			if quoted {
				i++
			}
		case '"':
			quoted = !quoted
		case '#':
			if !quoted {
				return i
			}
		}
	}
	return -1
}

// Options configure a run.
type Options struct {
	File     string // the script's name, for messages
	Canister canister.Config
	// Out receives the transcript.
	Out io.Writer
}

// Run plays the commands against a fresh canister. It stops at a program
// that does not compile or arguments that do not parse (a mistake in the
// script, returned as an error); traps and rejected upgrades are part of
// the transcript. failed counts the commands that failed.
func Run(cmds []Command, opts Options) (failed int, err error) {
	c, err := canister.New(opts.Canister)
	if err != nil {
		return 0, err
	}
	defer func() {
		if cerr := c.Close(); err == nil {
			err = cerr
		}
	}()
	for _, cmd := range cmds {
		fmt.Fprintf(opts.Out, "> %s\n", cmd.Text)
		ok, err := step(c, cmd, opts)
		if err != nil {
			return failed, err
		}
		if !ok {
			failed++
		}
	}
	return failed, nil
}

func step(c *canister.Canister, cmd Command, opts Options) (bool, error) {
	var argErr error
	parse := func(ts []types.Type) []interp.Value {
		src := cmd.Args
		if src == "" {
			src = "()"
		}
		vs, err := candid.ParseText(src, ts)
		if err != nil {
			argErr = argError(opts.File, cmd, err)
		}
		return vs
	}
	installArgs := func(params []types.Type) ([]interp.Value, error) {
		vs := parse(params)
		return vs, argErr
	}
	var err error
	switch cmd.Verb {
	case "install", "reinstall":
		err = c.Install(cmd.Target, installArgs, cmd.Verb == "reinstall")
	case "upgrade":
		err = c.Upgrade(cmd.Target, installArgs)
	default:
		out, ft, err := c.Call(cmd.Target, cmd.Verb == "query", func(ft *types.Func) ([]interp.Value, error) {
			vs := parse(ft.Params)
			return vs, argErr
		})
		if argErr != nil {
			return false, argErr
		}
		if f, ok := err.(*canister.Failure); ok {
			fmt.Fprintf(opts.Out, "error: %s\n", plain(f.Code, f.Message))
			return false, nil
		}
		if out.Rejected() {
			fmt.Fprintf(opts.Out, "error: %s\n", plain(out.Code, out.Message))
			return false, nil
		}
		fmt.Fprintln(opts.Out, candid.FormatText(interp.ReplyTypes(ft), out.Reply))
		return true, nil
	}
	if argErr != nil {
		return false, argErr
	}
	switch err := err.(type) {
	case nil:
		if c.Warning != "" {
			fmt.Fprintf(opts.Out, "warning: classical persistence dropped data in this upgrade; moc's compatibility check rejects it:\n%s\n", c.Warning)
		}
		return true, nil
	case *canister.Failure:
		fmt.Fprintf(opts.Out, "error: %s\n", plain(err.Code, err.Message))
		if err.Explanation != "" {
			fmt.Fprintln(opts.Out, err.Explanation)
		}
		return false, nil
	case *canister.CompileError:
		return false, err.Err
	}
	return false, err
}

// argError places a Candid text mistake in the script.
func argError(file string, cmd Command, err error) error {
	if te, ok := err.(*candid.TextError); ok && te.Line == 1 {
		return &Error{File: file, Line: cmd.Line, Col: cmd.ArgsCol + te.Col - 1, Msg: te.Msg}
	}
	return &Error{File: file, Line: cmd.Line, Col: cmd.ArgsCol, Msg: err.Error()}
}

// plain words a replica reject for people: a trap says what the canister
// said, other rejects keep their code.
func plain(code, message string) string {
	const trapped = "Canister called `ic0.trap` with message: '"
	if i := strings.Index(message, trapped); i >= 0 {
		msg := message[i+len(trapped):]
		if j := strings.LastIndex(msg, "'."); j >= 0 {
			msg = msg[:j]
		}
		return "trap: " + msg
	}
	if code == "IC0406" {
		return "rejected: " + strings.SplitN(message, "\n", 2)[0]
	}
	return code + ": " + strings.SplitN(message, "\n", 2)[0]
}
