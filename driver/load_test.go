package driver

import (
	"bytes"
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

	write("m.mo", "module { public let x = 22 }")
	changed, err := l.Import("m", "a.mo")
	require.NoError(t, err)
	assert.NotSame(t, first.Program, changed.Program)
}

// As moc: mo:pkg/dir loads dir/lib.mo when there is no dir.mo, and the
// imports in it are relative to dir.
func TestPackageDirectoryLoadsLib(t *testing.T) {
	pkg := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(pkg, "Tree"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(pkg, "Tree", "lib.mo"), []byte(`import N "Node"; module { public let n = N.n }`), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(pkg, "Tree", "Node.mo"), []byte(`module { public let n = 7 }`), 0o644))
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.mo"), []byte(`import T "mo:pkg/Tree"; import Debug "mo:base/Debug"; Debug.print(debug_show T.n)`), 0o644))

	var stdout, stderr bytes.Buffer
	code := Run("main.mo", Options{Loader: Loader{Dir: dir, Packages: map[string]string{"pkg": pkg}}, Stdout: &stdout, Stderr: &stderr})
	assert.Equal(t, ExitOK, code, stderr.String())
	assert.Equal(t, "7\n", stdout.String())
}

// BeforeLibraries is called once, before the first package module loads,
// and not for a program without packages.
func TestBeforeLibrariesIsCalledOnce(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	write("plain.mo", "let x = 1;")
	write("libs.mo", `import Nat "mo:base/Nat"; import Text "mo:base/Text"; let x = Nat.toText(1) # Text.concat("a", "b");`)
	for _, tt := range []struct {
		file  string
		calls int
	}{{"plain.mo", 0}, {"libs.mo", 1}} {
		calls := 0
		var stderr bytes.Buffer
		code := Run(tt.file, Options{Loader: Loader{Dir: dir, BeforeLibraries: func() { calls++ }}, Stdout: &bytes.Buffer{}, Stderr: &stderr})
		require.Equal(t, ExitOK, code, stderr.String())
		assert.Equal(t, tt.calls, calls, tt.file)
	}
}
