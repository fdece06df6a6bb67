package prim

import (
	"unsafe"

	"github.com/mori-lang/mori/value"
)

// MaxArrayLength bounds the arrays the primitives allocate: a Motoko array
// of this many elements already fills a canister's 4 GiB heap, and mori's
// values are larger than moc's.
const MaxArrayLength = 1 << 26

// arrayLength reads an array length argument, trapping like the runtime
// on a length it cannot allocate.
func arrayLength(v value.Value) int {
	if !v.IsSmallInt() || v.Bits > MaxArrayLength {
		value.Fail("Array allocation too large")
	}
	n := int(v.Bits)
	value.Reserve(n * int(unsafe.Sizeof(value.Value{})))
	return n
}

func tabulate(ctx value.Context, args []value.Value) value.Value {
	n := arrayLength(args[0])
	gen := args[1]
	elems := make([]value.Value, n)
	arg := make([]value.Value, 1)
	for i := range elems {
		arg[0] = value.Int(int64(i))
		elems[i] = ctx.Call(gen, arg)
	}
	return value.MakeArray(elems)
}

func addArrays(_ Host, m map[string]fn) {
	m["Array_init"] = func(_ value.Context, args []value.Value) value.Value {
		elems := make([]value.Value, arrayLength(args[0]))
		for i := range elems {
			elems[i] = args[1]
		}
		return value.MakeArray(elems)
	}
	m["Array_tabulate"] = tabulate
	m["Array_tabulateVar"] = tabulate
}
