package driver

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A module imported from several files is parsed once; when its file
// changes (a REPL session importing it again), it is parsed anew.
func TestImportParsesEachFileOnce(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	write("m.mo", "module { public let x = 1 }")
	l := &Loader{Dir: dir}

	first, err := l.Import("m", "a.mo")
	require.NoError(t, err)
	again, err := l.Import("./m.mo", "b.mo")
	require.NoError(t, err)
	assert.Same(t, first.Program, again.Program)

	write("m.mo", "module { public let x = 2 }")
	changed, err := l.Import("m", "a.mo")
	require.NoError(t, err)
	assert.NotSame(t, first.Program, changed.Program)
}
