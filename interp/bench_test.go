package interp_test

import (
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

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
