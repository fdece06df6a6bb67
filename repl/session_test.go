package repl

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/driver"
)

var update = flag.Bool("update", false, "rewrite the expected outputs of the session tests (then review them)")

// TestSessions feeds each testdata/NAME.in to a session (with the command
// line arguments in NAME.args, if any) and compares what it prints with
// NAME.out (stdout) and NAME.err (stderr; absent means empty). See
// testdata/README.md for where the expected outputs come from.
func TestSessions(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.in")
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".in")
		t.Run(name, func(t *testing.T) {
			stdout, stderr := runSession(t, name)
			base := filepath.Join("testdata", name)
			if *update {
				require.NoError(t, os.WriteFile(base+".out", []byte(stdout), 0o644))
				if stderr != "" {
					require.NoError(t, os.WriteFile(base+".err", []byte(stderr), 0o644))
				} else {
					os.Remove(base + ".err")
				}
				return
			}
			wantOut, err := os.ReadFile(base + ".out")
			require.NoError(t, err)
			wantErr, _ := os.ReadFile(base + ".err")
			assert.Equal(t, string(wantOut), stdout, "stdout")
			assert.Equal(t, string(wantErr), stderr, "stderr")
		})
	}
}

func runSession(t *testing.T, name string) (string, string) {
	in, err := os.ReadFile(filepath.Join("testdata", name+".in"))
	require.NoError(t, err)
	var args []string
	if a, err := os.ReadFile(filepath.Join("testdata", name+".args")); err == nil {
		args = strings.Fields(string(a))
	}
	var stdout, stderr bytes.Buffer
	opts := Options{Stdin: bytes.NewReader(in), Stdout: &stdout, Stderr: &stderr,
		Loader: driver.Loader{Dir: "testdata", Packages: map[string]string{}}}
	for _, a := range args {
		if a == "-v" {
			opts.Verbose = true
		} else {
			opts.Files = append(opts.Files, a)
		}
	}
	Run(opts)
	return stdout.String(), stderr.String()
}
