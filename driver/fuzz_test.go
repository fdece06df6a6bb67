package driver

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/internal/golden"
	"github.com/mori-lang/mori/interp"
)

// FuzzRun runs any input the way `mori run` does, within a small heap
// budget and a bound on its steps so that every run ends: mori must answer
// with the program's output, a trap or an error in the program, never with
// a bug of its own (exit status 3). The golden programs are the seeds.
func FuzzRun(f *testing.F) {
	srcs, err := golden.Sources("..")
	require.NoError(f, err)
	for _, src := range srcs {
		f.Add(src)
	}
	dir := f.TempDir()
	main := filepath.Join(dir, "f.mo")
	f.Fuzz(func(t *testing.T, src string) {
		require.NoError(t, os.WriteFile(main, []byte(src), 0o644))
		var stderr bytes.Buffer
		status := Run("f.mo", Options{
			Loader:  Loader{Dir: dir},
			Stdout:  &bytes.Buffer{},
			Stderr:  &stderr,
			Interp:  interp.Config{MaxSteps: 200_000},
			MaxHeap: 256 << 20,
		})
		require.NotEqual(t, ExitInternal, status, "%s", stderr.String())
	})
}
