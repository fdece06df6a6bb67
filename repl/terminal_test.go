package repl

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/driver"
)

// screen collects what the session writes to the terminal.
type screen struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// TestTerminal drives the readline front end through a pseudo-terminal, as
// a person would: typing entries, recalling one from history, completing
// names, abandoning an entry with Ctrl-C and leaving with Ctrl-D.
func TestTerminal(t *testing.T) {
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	t.Setenv("HOME", config)
	ptmx, tty, err := pty.Open()
	require.NoError(t, err)
	defer ptmx.Close()
	defer tty.Close()
	require.NoError(t, pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: 100}))

	var out screen
	go func() { _, _ = bytesCopy(&out, ptmx) }()
	status := make(chan int, 1)
	go func() {
		status <- Run(Options{Stdin: tty, Stdout: tty, Stderr: tty,
			Loader: driver.Loader{Dir: "testdata", Packages: map[string]string{}}})
	}()

	// waitFor waits until the screen shows want n times in all. The
	// deadline only stops a broken session from hanging the test.
	waitFor := func(want string, n int) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for strings.Count(out.String(), want) < n {
			if time.Now().After(deadline) {
				t.Fatalf("the terminal never showed %q %d times; it shows:\n%s", want, n, out.String())
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	// waitForPromptAfter waits until the prompt shows again after text.
	waitForPromptAfter := func(text string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for {
			screen := out.String()
			if i := strings.LastIndex(screen, text); i >= 0 && strings.Contains(screen[i:], "> ") {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("no prompt after %q; the terminal shows:\n%s", text, screen)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	typeKeys := func(keys string) {
		t.Helper()
		_, err := ptmx.Write([]byte(keys))
		require.NoError(t, err)
	}

	waitFor(Banner, 1)
	waitFor("> ", 1)
	typeKeys("let answer = 41;\r")
	waitFor("let answer : Nat = 41", 1)

	typeKeys("answer + 1;\r")
	waitFor("42 : Nat", 1)

	// Up arrow recalls the last entry.
	typeKeys("\x1b[A\r")
	waitFor("42 : Nat", 2)

	// Tab completes a name in scope...
	typeKeys("ans\t * 2;\r")
	waitFor("82 : Nat", 1)

	// ...and a module's member.
	typeKeys("import G \"lib/greet\";\r")
	waitFor("let G : module {...}", 1)
	typeKeys("G.hel\t(\"pty\");\r")
	waitFor(`"hello, pty" : Text`, 1)

	// Ctrl-C abandons the entry being typed, even one of several lines.
	typeKeys("let lost = (\r")
	waitFor("  ", 1)
	typeKeys("\x03")
	waitFor("^C", 1)
	typeKeys("7;\r")
	waitFor("7 : Nat", 1)
	assert.NotContains(t, out.String(), "let lost :", "the abandoned entry was not run")

	// Ctrl-D on an empty line leaves. It is typed once the prompt is back:
	// while an entry runs the terminal is not in readline's raw mode, and
	// its line discipline would take Ctrl-D as end of input itself.
	waitForPromptAfter("7 : Nat")
	typeKeys("\x04")
	select {
	case code := <-status:
		assert.Equal(t, 0, code)
	case <-time.After(20 * time.Second):
		t.Fatal("the session did not end on Ctrl-D")
	}

	history, err := os.ReadFile(filepath.Join(config, "mori", "repl_history"))
	require.NoError(t, err)
	assert.Contains(t, string(history), "answer + 1;")
}

func bytesCopy(dst *screen, src *os.File) (int64, error) {
	buf := make([]byte, 4096)
	var n int64
	for {
		k, err := src.Read(buf)
		if k > 0 {
			dst.Write(buf[:k])
			n += int64(k)
		}
		if err != nil {
			return n, err
		}
	}
}
