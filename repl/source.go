package repl

import (
	"bufio"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/chzyer/readline"
)

// plainSource reads lines from any reader, printing the prompts to out as
// moc does when its input is not a terminal.
type plainSource struct {
	in  *bufio.Reader
	out io.Writer
}

func newPlainSource(in io.Reader, out io.Writer) *plainSource {
	return &plainSource{in: bufio.NewReader(in), out: out}
}

// ReadLine returns the next line without its newline; a last line without
// one is dropped, as moc drops it.
func (p *plainSource) ReadLine(prompt string) (string, error) {
	io.WriteString(p.out, prompt)
	line, err := p.in.ReadString('\n')
	if err != nil {
		return "", io.EOF
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), nil
}

// terminal reads lines with readline: editing, history kept between
// sessions, completion of names, Ctrl-C to abandon the entry and Ctrl-D
// (on an empty line) to leave.
type terminal struct {
	rl *readline.Instance
}

func newTerminal(in *os.File, out io.Writer, s *Session) (*terminal, error) {
	fd := int(in.Fd())
	var saved *readline.State
	rl, err := readline.NewEx(&readline.Config{
		Prompt:            promptFirst,
		HistoryFile:       historyFile(),
		AutoComplete:      completer{s},
		InterruptPrompt:   "^C",
		EOFPrompt:         "\n",
		HistorySearchFold: true,
		Stdin:             in,
		Stdout:            out,
		// The terminal is in, which need not be the process's stdin.
		FuncIsTerminal: func() bool { return readline.IsTerminal(fd) },
		FuncMakeRaw: func() (err error) {
			saved, err = readline.MakeRaw(fd)
			return err
		},
		FuncExitRaw: func() error {
			if saved == nil {
				return nil
			}
			return readline.Restore(fd, saved)
		},
		FuncGetWidth: func() int {
			w, _, err := readline.GetSize(fd)
			if err != nil || w <= 0 {
				return 80
			}
			return w
		},
	})
	if err != nil {
		return nil, err
	}
	return &terminal{rl: rl}, nil
}

func (t *terminal) ReadLine(prompt string) (string, error) {
	t.rl.SetPrompt(prompt)
	line, err := t.rl.Readline()
	switch {
	case errors.Is(err, readline.ErrInterrupt):
		return "", ErrInterrupt
	case err != nil:
		return "", io.EOF
	}
	return line, nil
}

func (t *terminal) Close() error { return t.rl.Close() }

// historyFile is where the history of past sessions is kept: in the user's
// configuration folder, or nowhere if there is none.
func historyFile() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	dir = filepath.Join(dir, "mori")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return ""
	}
	return filepath.Join(dir, "repl_history")
}
