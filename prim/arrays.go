package prim

import (
	"math"
	"unsafe"

	"github.com/mori-lang/mori/value"
)

// arrayLength reads an array length argument, trapping like the runtime
// when the array would not fit in the heap budget.
func arrayLength(v value.Value) int {
	size := int64(unsafe.Sizeof(value.Value{}))
	if !v.IsSmallInt() || int64(v.Bits) > math.MaxInt64/size {
		value.OutOfMemory.Trap()
	}
	n := int(v.Bits)
	value.Reserve(n * int(size))
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
		if args[1] != (value.Value{}) { // fresh memory holds zeros already
			for i := range elems {
				elems[i] = args[1]
			}
		}
		return value.MakeArray(elems)
	}
	m["Array_tabulate"] = tabulate
	m["Array_tabulateVar"] = tabulate
}
