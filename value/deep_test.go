package value

import (
	"fmt"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// listType is `type L = ?(Nat, L)`.
var listType = func() types.Type {
	con := &types.Con{Name: "L"}
	l := &types.App{Con: con}
	con.Body = &types.Opt{Elem: &types.Tuple{Elems: []types.Type{types.Nat, l}}}
	return l
}()

// list is the list n-1, ..., 1, 0 of type listType, with last in place of 0.
func list(n int, last int64) Value {
	v := Null
	for i := range n {
		head := Int(int64(i))
		if i == 0 {
			head = Int(last)
		}
		v = MakeOpt(MakeTuple([]Value{head, v}))
	}
	return v
}

// smallStack makes deep recursion on Go's stack crash the test.
func smallStack(t *testing.T) {
	old := debug.SetMaxStack(4 << 20)
	t.Cleanup(func() { debug.SetMaxStack(old) })
}

func TestShowDeepList(t *testing.T) {
	smallStack(t)
	const n = 100_000
	s := Show(list(n, 0), listType)
	assert.True(t, strings.HasPrefix(s, "?(99_999, ?(99_998, "), s[:40])
	assert.True(t, strings.HasSuffix(s, "?(1, ?(0, null))"+strings.Repeat(")", n-2)))
}

func TestShowDeepNesting(t *testing.T) {
	smallStack(t)
	const n = 30_000
	// [{a = #b([...])}] nested n times.
	inner := types.NewVariant([]types.Tag{{Name: "b", Type: types.Nat}})
	v, typ := Value(MakeVariant("b", Int(7))), types.Type(inner)
	for range n {
		v, typ = MakeArray([]Value{record(map[string]Value{"a": v})}), &types.Array{Elem: types.NewObj(ast.Object, []types.Field{{Name: "a", Type: typ}}, nil)}
	}
	assert.Equal(t, strings.Repeat("[{a = ", n)+"#b(7)"+strings.Repeat("}]", n), Show(v, typ))
}

func TestEqualDeepList(t *testing.T) {
	smallStack(t)
	const n = 100_000
	assert.True(t, Equal(list(n, 0), list(n, 0), listType))
	assert.False(t, Equal(list(n, 0), list(n, 1), listType), "the last cell differs")
	assert.False(t, Equal(list(n, 0), list(n-1, 0), listType), "one is shorter")
}

func TestEqualComparesTheSameValue(t *testing.T) {
	nan := Float(0)
	nan.Bits = 0x7ff8000000000001
	r := record(map[string]Value{"x": nan})
	rt := types.NewObj(ast.Object, []types.Field{{Name: "x", Type: types.Float}}, nil)
	// moc compares fields even of one record with itself: NaN differs from itself.
	assert.False(t, Equal(r, r, rt))
	a := MakeArray([]Value{Int(1), Int(2)})
	assert.True(t, Equal(a, a, &types.Array{Elem: types.Nat}))
}

func BenchmarkDeepList(b *testing.B) {
	for _, n := range []int{100_000, 400_000} {
		l, m := list(n, 0), list(n, 0)
		b.Run(fmt.Sprintf("show/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				Show(l, listType)
			}
		})
		b.Run(fmt.Sprintf("equal/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				Equal(l, m, listType)
			}
		})
	}
}
