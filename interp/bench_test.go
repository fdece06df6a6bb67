package interp_test

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/driver"
	"github.com/mori-lang/mori/interp"
)

// The programs of bench/fib.mo and bench/loop.mo, compiled once; each
// iteration runs the whole program.
var benchPrograms = map[string]string{
	"fib": `import Prim "mo:⛔";
func fib(n : Nat) : Nat {
  if (n < 2) n else fib(n - 1) + fib(n - 2)
};
Prim.debugPrint(debug_show fib(25));`,
	"loop": `import Prim "mo:⛔";
var i = 0;
var acc = 0;
while (i < 3_000_000) {
  acc := (acc + i * 7) % 1_000_003;
  i += 1;
};
Prim.debugPrint(debug_show acc);`,
}

func benchmarkProgram(b *testing.B, name string) {
	benchmarkSource(b, benchPrograms[name])
}

func benchmarkSource(b *testing.B, src string) {
	p := compile(b, map[string]string{"main.mo": src}, interp.Config{Stdout: io.Discard})
	b.ResetTimer()
	for range b.N {
		if err := p.Run(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFib25(b *testing.B) { benchmarkProgram(b, "fib") }

func BenchmarkLoop3M(b *testing.B) { benchmarkProgram(b, "loop") }

// BenchmarkRegions runs bench/regions.mo: 8 million Region loads and stores.
func BenchmarkRegions(b *testing.B) {
	src, err := os.ReadFile("../bench/regions.mo")
	require.NoError(b, err)
	benchmarkSource(b, string(src))
}

// BenchmarkLibraries runs each program of bench/libs (library-heavy
// workloads, see bench/compare.sh) against the real motoko-base in
// $MORI_REAL_PACKAGES, the folder shared/oracle/real-packages writes, and
// the mops packages in $MORI_MOPS_PACKAGES (see bench/libs/README.md); it
// is skipped when those are not set.
func BenchmarkLibraries(b *testing.B) {
	real, mops := os.Getenv("MORI_REAL_PACKAGES"), os.Getenv("MORI_MOPS_PACKAGES")
	if real == "" || mops == "" {
		b.Skip("MORI_REAL_PACKAGES or MORI_MOPS_PACKAGES is not set")
	}
	const dir = "../bench/libs"
	files, err := filepath.Glob(filepath.Join(dir, "*.mo"))
	require.NoError(b, err)
	for _, file := range files {
		b.Run(strings.TrimSuffix(filepath.Base(file), ".mo"), func(b *testing.B) {
			src, err := os.ReadFile(file)
			require.NoError(b, err)
			loader := driver.Loader{Dir: dir, Packages: benchPackages(string(src), dir, real, mops)}
			prog, err := loader.ParseMain(filepath.Base(file))
			require.NoError(b, err)
			mods, info, err := check.Check(prog, loader.Import)
			require.NoError(b, err)
			p, err := interp.Compile(mods, info, interp.Config{Stdout: io.Discard})
			require.NoError(b, err)
			b.ResetTimer()
			for range b.N {
				require.NoError(b, p.Run())
			}
		})
	}
}

var packagesLine = regexp.MustCompile(`(?m)^// packages: (.*)$`)

// benchPackages reads a program's `// packages: NAME=DIR ...` line: DIR is
// relative to dir, $REAL/NAME for a real package or $MOPS/NAME for a mops
// package.
func benchPackages(src, dir, real, mops string) map[string]string {
	packages := map[string]string{}
	m := packagesLine.FindStringSubmatch(src)
	if m == nil {
		return packages
	}
	for _, spec := range strings.Fields(m[1]) {
		name, pkg, _ := strings.Cut(spec, "=")
		if rest, ok := strings.CutPrefix(pkg, "$REAL/"); ok {
			packages[name] = filepath.Join(real, rest)
		} else if rest, ok := strings.CutPrefix(pkg, "$MOPS/"); ok {
			packages[name] = filepath.Join(mops, rest)
		} else {
			packages[name] = filepath.Join(dir, pkg)
		}
	}
	return packages
}
