package driver

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/internal/golden"
)

// syntaxErrorMark ends the part of a syntax error line that must match moc;
// the rest is mori's own wording.
const syntaxErrorMark = "syntax error [M0001]"

// TestGolden runs every golden program through the same path as `mori run`
// and compares what it prints with what moc printed. The programs share a
// check cache, as runs of `mori run` do: a library module imported again is
// trusted, and only the bodies of the functions that run are checked.
func TestGolden(t *testing.T) {
	verdicts := NewCheckCache(t.TempDir(), "golden")
	files, err := golden.Files("..")
	require.NoError(t, err)
	for _, file := range files {
		want, err := os.ReadFile(strings.TrimSuffix(file, ".mo") + ".out")
		require.NoError(t, err)
		dir, name := filepath.Split(file)
		t.Run(filepath.Base(dir)+"/"+name, func(t *testing.T) {
			if testing.Short() && filepath.Base(dir) == "bench" {
				t.Skip("benchmark programs are slow")
			}
			got := runGolden(dir, name, verdicts)
			assert.Equal(t, normalize(string(want)), normalize(got))
		})
	}
}

// runGolden runs a program the way `mori run NAME.mo` in its folder would,
// and renders stdout, stderr and the exit status as the .out files do.
func runGolden(dir, name string, verdicts *CheckCache) string {
	var stdout, stderr bytes.Buffer
	code := Run(name, Options{
		Loader: Loader{Dir: dir, Verdicts: verdicts},
		Stdout: &stdout,
		Stderr: &stderr,
	})
	return golden.Transcript(stdout.String(), stderr.String(), code)
}

// normalize cuts syntax error lines after the part that must match, and
// drops the indented lines that continue them (moc's list of expected
// tokens, which the .out files leave out).
func normalize(out string) string {
	var lines []string
	inSyntaxError := false
	for _, line := range strings.Split(out, "\n") {
		if inSyntaxError && strings.HasPrefix(line, "  ") {
			continue
		}
		inSyntaxError = false
		if k := strings.Index(line, syntaxErrorMark); k >= 0 {
			line = line[:k+len(syntaxErrorMark)]
			inSyntaxError = true
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

func TestNormalizeCutsSyntaxErrors(t *testing.T) {
	assert.Equal(t, "a.mo:1.1-1.2: syntax error [M0001]\nexit status 2",
		normalize("a.mo:1.1-1.2: syntax error [M0001], unexpected token 'x'\nexit status 2"))
	assert.Equal(t, "plain", normalize("plain"))
	assert.Equal(t, "a.mo:1.1-1.2: syntax error [M0001]\nexit status 2",
		normalize("a.mo:1.1-1.2: syntax error [M0001], unexpected token ';', expected one of token or <phrase> sequence:\n  <exp_bin(ob)>\nexit status 2"))
}
