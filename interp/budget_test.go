package interp_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/heap"
	"github.com/mori-lang/mori/interp"
)

// smallBudget runs the test with a heap budget of n bytes.
func smallBudget(t *testing.T, n int64) {
	heap.SetBudget(n)
	t.Cleanup(func() { heap.SetBudget(heap.DefaultBudget) })
}

// Each program outgrows a 64 MiB heap in its own way; the trap is the
// canister's and points at the code that needed the memory.
func TestHeapBudget(t *testing.T) {
	smallBudget(t, 64<<20)
	tests := []struct{ name, src, trap string }{
		{
			name: "many small allocations",
			src: `type L = ?(Nat, L);
var l : L = null;
loop { l := ?(0, l) };`,
			trap: "main.mo:3.1-3.22: execution error, RTS error: Cannot grow memory",
		},
		{
			name: "recursion that allocates",
			src: `import Prim "mo:⛔";
func grow(n : Nat) : [var Nat] { let a = Prim.Array_init<Nat>(1000, n); ignore grow(n + 1); a };
ignore grow(0);`,
			trap: "main.mo:2.42-2.71: execution error, RTS error: Cannot grow memory",
		},
		{
			name: "long text",
			src: `var t = "ab";
loop { t := t # t };`,
			trap: "main.mo:2.13-2.18: execution error, RTS error: Cannot grow memory",
		},
		{
			name: "huge number",
			src:  `let n = 3 ** 300_000_000;`,
			trap: "main.mo:1.9-1.25: execution error, RTS error: Cannot grow memory",
		},
		{
			name: "huge product",
			src: `var n = 2 ** 200_000_000 + 1;
loop { n *= n };`,
			trap: "main.mo:2.8-2.14: execution error, RTS error: Cannot grow memory",
		},
		{
			name: "huge array",
			src: `import Prim "mo:⛔";
let a = Prim.Array_init<Nat>(10_000_000, 0);`,
			trap: "main.mo:2.9-2.44: execution error, RTS error: Cannot grow memory",
		},
		{
			name: "huge debug_show",
			src: `import Prim "mo:⛔";
let a = Prim.Array_tabulate<Nat>(1000, func _ = 0);
let b = Prim.Array_tabulate<[Nat]>(1000, func _ = a);
let c = Prim.Array_tabulate<[[Nat]]>(100, func _ = b);
ignore debug_show c;`,
			trap: "main.mo:5.8-5.20: execution error, RTS error: Cannot grow memory",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := run(t, tt.src)
			require.Error(t, err)
			assert.Equal(t, tt.trap, err.Error())
		})
	}
}

func TestStepLimit(t *testing.T) {
	var out strings.Builder
	p := compile(t, map[string]string{"main.mo": prelude + `var i = 0;
while (i < 10_000) { i += 1 };
print("counted");
loop {};`}, interp.Config{Stdout: &out, MaxSteps: 100_000})
	err := p.Run()
	assert.Equal(t, "counted\n", out.String())
	require.Error(t, err)
	assert.Equal(t, "main.mo:6.1-6.8: execution error, step limit exceeded", err.Error())
}
