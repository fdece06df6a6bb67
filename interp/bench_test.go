package interp_test

import (
	"io"
	"testing"

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
	p := compile(b, map[string]string{"main.mo": benchPrograms[name]}, interp.Config{Stdout: io.Discard})
	b.ResetTimer()
	for range b.N {
		if err := p.Run(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFib25(b *testing.B) { benchmarkProgram(b, "fib") }

func BenchmarkLoop3M(b *testing.B) { benchmarkProgram(b, "loop") }
