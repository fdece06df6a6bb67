package driver

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkStartCoreLibraries runs a program importing core's Map, List and
// Text from the real motoko-core in $MORI_REAL_PACKAGES (the folder
// shared/oracle/real-packages writes), with a warm check cache: what a
// `mori run` of a small program costs, start-up included.
func BenchmarkStartCoreLibraries(b *testing.B) {
	real := os.Getenv("MORI_REAL_PACKAGES")
	if real == "" {
		b.Skip("MORI_REAL_PACKAGES is not set")
	}
	dir := b.TempDir()
	require.NoError(b, os.WriteFile(filepath.Join(dir, "main.mo"), []byte(`import Map "mo:core/Map";
import List "mo:core/List";
import Text "mo:core/Text";
import Nat "mo:core/Nat";
let m = Map.empty<Nat, Text>();
Map.add(m, Nat.compare, 1, "a");
let l = List.empty<Nat>();
List.add(l, 3);
assert Text.size("abc") == 3;
`), 0o644))
	opts := Options{
		Loader: Loader{Dir: dir, Packages: map[string]string{"core": filepath.Join(real, "core"), "base": filepath.Join(real, "base")},
			Verdicts: NewCheckCache(b.TempDir(), "bench")},
		Stdout: io.Discard,
		Stderr: os.Stderr,
	}
	require.Equal(b, ExitOK, Run("main.mo", opts)) // warms the check cache
	b.ResetTimer()
	for range b.N {
		o := opts
		o.Loader = Loader{Dir: dir, Packages: opts.Loader.Packages, Verdicts: opts.Loader.Verdicts} // parse afresh, as a new process
		if code := Run("main.mo", o); code != ExitOK {
			b.Fatal("exit status", code)
		}
	}
}
