// Package drun runs drun scripts, the format moc's test suite drives
// canisters with (install, upgrade, ingress and query commands with Candid
// arguments), against a simulated canister and prints what drun prints.
// A Motoko file stands for the script of its implicit install and its
// `//CALL` lines.
package drun

import (
	"fmt"
	"strconv"
	"strings"
)

// Command is one line of a script.
type Command struct {
	Line int
	// Verb is install, reinstall, upgrade, ingress or query.
	Verb string
	// Target is the file to install for install, reinstall and upgrade,
	// the method for ingress and query.
	Target string
	Arg    []byte
}

// SyntaxError is a script line drun would not accept.
type SyntaxError struct {
	File string
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Parse reads a drun script: one command per line, `#` comments and blank
// lines skipped, `create` ignored, every other line exactly four words
// `VERB $ID TARGET ARG`.
func Parse(file, src string) ([]Command, error) {
	var cmds []Command
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || line == "create" {
			continue
		}
		words := strings.Fields(line)
		verb := words[0]
		switch verb {
		case "install", "reinstall", "upgrade", "ingress", "query":
		default:
			return nil, &SyntaxError{file, i + 1, "Unknown command: " + verb}
		}
		if len(words) != 4 {
			return nil, &SyntaxError{file, i + 1, verb + " command requires 3 arguments"}
		}
		arg, err := ParseArg(words[3])
		if err != nil {
			return nil, &SyntaxError{file, i + 1, err.Error()}
		}
		cmds = append(cmds, Command{Line: i + 1, Verb: verb, Target: words[2], Arg: arg})
	}
	return cmds, nil
}

// Mangle rewrites a Motoko test file as moc's test runner does before
// compiling it: a line's code before `//OR-CALL` is dropped and the
// comment becomes `//CALL` (the code calls what the script then sends).
func Mangle(src string) string {
	lines := strings.Split(src, "\n")
	for i, line := range lines {
		if j := strings.Index(line, "//OR-CALL"); j >= 0 {
			lines[i] = "//CALL" + line[j+len("//OR-CALL"):]
		}
	}
	return strings.Join(lines, "\n")
}

// FromMotoko is the script a (mangled) Motoko test file stands for:
// install it, then its `//CALL ingress M ARG`, `//CALL query M ARG` and
// `//CALL upgrade` lines in order.
func FromMotoko(file, src string) ([]Command, error) {
	cmds := []Command{{Line: 0, Verb: "install", Target: file}}
	for i, line := range strings.Split(src, "\n") {
		rest, ok := strings.CutPrefix(line, "//CALL ")
		if !ok {
			continue
		}
		words := strings.Fields(rest)
		if len(words) == 0 {
			continue
		}
		switch words[0] {
		case "upgrade":
			cmds = append(cmds, Command{Line: i + 1, Verb: "upgrade", Target: file})
		case "ingress", "query":
			if len(words) < 2 {
				return nil, &SyntaxError{file, i + 1, words[0] + " needs a method"}
			}
			argText := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest[len(words[0]):]), words[1]))
			arg, err := ParseArg(argText)
			if err != nil {
				return nil, &SyntaxError{file, i + 1, err.Error()}
			}
			cmds = append(cmds, Command{Line: i + 1, Verb: words[0], Target: words[1], Arg: arg})
		}
	}
	return cmds, nil
}

// ParseArg reads an argument: `"..."` (escapes \xHH, \bBBBBBBBB for a byte
// in binary, \" and \\) or `0x` and hex digits.
func ParseArg(s string) ([]byte, error) {
	if hex, ok := strings.CutPrefix(s, "0x"); ok {
		if len(hex)%2 != 0 {
			return nil, fmt.Errorf("odd number of hex digits in %s", s)
		}
		out := make([]byte, len(hex)/2)
		for i := range out {
			b, err := strconv.ParseUint(hex[2*i:2*i+2], 16, 8)
			if err != nil {
				return nil, fmt.Errorf("bad hex digits in %s", s)
			}
			out[i] = byte(b)
		}
		return out, nil
	}
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return nil, fmt.Errorf("argument %s is neither \"...\" nor 0x...", s)
	}
	body := s[1 : len(s)-1]
	var out []byte
	for i := 0; i < len(body); i++ {
		ch := body[i]
		if ch != '\\' {
			out = append(out, ch)
			continue
		}
		if i+1 >= len(body) {
			return nil, fmt.Errorf("unfinished escape in %s", s)
		}
		i++
		switch body[i] {
		case 'x':
			if i+3 > len(body) {
				return nil, fmt.Errorf("unfinished \\x escape in %s", s)
			}
			b, err := strconv.ParseUint(body[i+1:i+3], 16, 8)
			if err != nil {
				return nil, fmt.Errorf("bad \\x escape in %s", s)
			}
			out = append(out, byte(b))
			i += 2
		case 'b':
			if i+9 > len(body) {
				return nil, fmt.Errorf("unfinished \\b escape in %s", s)
			}
			b, err := strconv.ParseUint(body[i+1:i+9], 2, 8)
			if err != nil {
				return nil, fmt.Errorf("bad \\b escape in %s", s)
			}
			out = append(out, byte(b))
			i += 8
		case '"', '\\':
			out = append(out, body[i])
		default:
			return nil, fmt.Errorf("unknown escape \\%c in %s", body[i], s)
		}
	}
	return out, nil
}
