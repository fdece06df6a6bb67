package repl

import (
	"errors"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/lexer"
	"github.com/mori-lang/mori/parser"
)

// Prompts, as moc prints them: one to start an entry, one to continue it.
const (
	promptFirst    = "> "
	promptContinue = "  "
)

// ErrInterrupt is what a LineSource returns when the user abandons the
// line being edited (Ctrl-C).
var ErrInterrupt = errors.New("interrupted")

// LineSource gives the session its input a line at a time, showing prompt
// first. At the end of input it returns io.EOF.
type LineSource interface {
	ReadLine(prompt string) (string, error)
}

// entryName is the file name of REPL input in messages.
const entryName = "stdin"

// reader cuts the input into entries the way moc's REPL does: an entry
// ends with a `;` at the end of a line, outside any brackets. It keeps
// moc's line numbering: lines count from the start of the session, and
// from 1 again after a syntax error (moc drops its input buffer then).
type reader struct {
	src  LineSource
	line int // lines read since numbering last started
}

// entry is one entry read: a program, or a command line (`:name args`).
type entry struct {
	prog    *ast.Program
	command string
	err     error // a syntax error
}

// read reads the next entry. It returns io.EOF at the end of input, with
// any unfinished entry dropped.
func (r *reader) read() (entry, error) {
	var text strings.Builder
	prompt := promptFirst
	for {
		line, err := r.src.ReadLine(prompt)
		if err == ErrInterrupt {
			text.Reset()
			prompt = promptFirst
			continue
		}
		if err != nil {
			return entry{}, err
		}
		if text.Len() == 0 && strings.HasPrefix(line, ":") {
			r.line++
			return entry{command: line}, nil
		}
		text.WriteString(line)
		text.WriteByte('\n')
		prompt = promptContinue
		src := text.String()
		end, complete := entryEnd(src)
		if !complete {
			if _, perr := r.parse(src); perr != nil && !atEOF(perr) {
				r.line = 0
				return entry{err: perr}, nil
			}
			continue
		}
		prog, perr := r.parse(src[:end])
		if perr != nil {
			r.line = 0
			return entry{err: perr}, nil
		}
		r.line += strings.Count(src, "\n")
		return entry{prog: prog}, nil
	}
}

// parse parses entry text that starts on the line after those read
// before, so that positions are numbered as moc numbers them.
func (r *reader) parse(src string) (*ast.Program, error) {
	return parser.ParseFile(entryName, strings.Repeat("\n", r.line)+src)
}

func atEOF(err error) bool {
	var pe *parser.Error
	return errors.As(err, &pe) && pe.AtEOF
}

// entryEnd finds where an entry ends in src: just after the first `;`
// outside brackets that a newline follows at once.
func entryEnd(src string) (int, bool) {
	toks, err := lexer.Tokenize(entryName, src)
	if err != nil {
		// Unclosed text or comment, or a bad token the parser will report
		// once the entry ends: the entry cannot end inside either.
		return endBeforeError(src, err)
	}
	depth := 0
	for _, tok := range toks {
		if tok.Type != lexer.Punct {
			continue
		}
		switch tok.Value {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		case ";":
			end := tok.Pos.Offset + 1
			if depth <= 0 && (strings.HasPrefix(src[end:], "\n") || strings.HasPrefix(src[end:], "\r\n")) {
				return end, true
			}
		}
	}
	return 0, false
}

// endBeforeError looks for the end of an entry before a lexical error.
func endBeforeError(src string, err error) (int, bool) {
	var le *lexer.Error
	if !errors.As(err, &le) || le.Start.Offset <= 0 {
		return 0, false
	}
	return entryEnd(src[:le.Start.Offset])
}
