package driver

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/interp"
)

func TestCheckCacheKeepsVerdictsPerBuild(t *testing.T) {
	dir := t.TempDir()
	c := NewCheckCache(dir, "build 1")
	assert.False(t, c.Passed("k"))
	c.RecordPass("k")
	assert.True(t, c.Passed("k"))
	assert.True(t, NewCheckCache(dir, "build 1").Passed("k"), "another run of the same build")
	assert.False(t, NewCheckCache(dir, "build 2").Passed("k"), "another build")
	assert.False(t, c.Passed("other"))

	// Two runs recording at once both keep their verdicts.
	a, b := NewCheckCache(dir, "build 1"), NewCheckCache(dir, "build 1")
	a.RecordPass("a")
	b.RecordPass("b")
	fresh := NewCheckCache(dir, "build 1")
	assert.True(t, fresh.Passed("a") && fresh.Passed("b") && fresh.Passed("k"))

	// A torn line is no verdict, and does not hide the others.
	f, err := os.OpenFile(c.file, os.O_WRONLY|os.O_APPEND, 0)
	require.NoError(t, err)
	_, err = f.WriteString(line("torn")[:20])
	require.NoError(t, err)
	require.NoError(t, f.Close())
	NewCheckCache(dir, "build 1").RecordPass("after")
	fresh = NewCheckCache(dir, "build 1")
	assert.False(t, fresh.Passed("torn"))
	assert.True(t, fresh.Passed("k"))

	// Files of builds long unused go when a new build starts its own.
	old := NewCheckCache(dir, "old build")
	old.RecordPass("k")
	long := time.Now().Add(-2 * staleAfter)
	require.NoError(t, os.Chtimes(old.file, long, long))
	NewCheckCache(dir, "build 3").RecordPass("k")
	assert.NoFileExists(t, old.file)
	assert.FileExists(t, c.file)

	// An unwritable folder only costs the verdict.
	blocked := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(blocked, nil, 0o644))
	c = NewCheckCache(blocked, "build 1")
	c.RecordPass("k")
	assert.False(t, NewCheckCache(blocked, "build 1").Passed("k"))
}

// A package module that checked before has its function bodies checked when
// they are compiled; a change to it or to what it imports checks it again.
func TestCheckCacheTrustsUnchangedModules(t *testing.T) {
	pkg, dir := t.TempDir(), t.TempDir()
	write := func(folder, name, src string) {
		require.NoError(t, os.WriteFile(filepath.Join(folder, name), []byte(src), 0o644))
	}
	write(pkg, "B.mo", `module { public func one() : Nat { 1 } }`)
	write(pkg, "A.mo", `import B "B"; module {
  public func f() : Nat { B.one() };
  public func g() : Nat { f() + 1 };
  public func unused() : Nat { 3 };
}`)
	write(dir, "main.mo", `import A "mo:pkg/A"; import Prim "mo:⛔"; Prim.debugPrint(debug_show A.g());`)
	verdicts := NewCheckCache(t.TempDir(), "test")
	run := func() (*check.Checker, string, error) {
		loader := Loader{Dir: dir, Packages: map[string]string{"pkg": pkg}, Verdicts: verdicts}
		prog, err := loader.ParseMain("main.mo")
		require.NoError(t, err)
		c := check.New(loader.Import)
		c.Verdicts = verdicts
		mods, err := c.CheckProgram(prog)
		if err != nil {
			return c, "", err
		}
		var out bytes.Buffer
		p, err := interp.Compile(mods, c.Info(), interp.Config{Stdout: &out})
		require.NoError(t, err)
		err = p.Run()
		return c, out.String(), err
	}

	c, out, err := run()
	require.NoError(t, err)
	assert.Equal(t, "2\n", out)
	assert.Empty(t, c.Info().Unchecked, "first run: everything checked")

	c, out, err = run()
	require.NoError(t, err)
	assert.Equal(t, "2\n", out)
	assert.Len(t, c.Info().Unchecked, 1, "second run: only the function never called is left unchecked")

	write(pkg, "A.mo", `import B "B"; module {
  public func f() : Nat { B.one() };
  public func g() : Nat { f() + "x" };
}`)
	_, _, err = run()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "mo:pkg/A.mo:3.")

	write(pkg, "A.mo", `import B "B"; module { public func f() : Nat { B.one() } }`)
	write(dir, "main.mo", `import A "mo:pkg/A"; import Prim "mo:⛔"; Prim.debugPrint(debug_show A.f());`)
	_, _, err = run()
	require.NoError(t, err)
	write(pkg, "B.mo", `module { public func one() : Text { "1" } }`)
	_, _, err = run()
	require.Error(t, err, "A is checked again when B changes")
	assert.Contains(t, err.Error(), "A.mo")
}
