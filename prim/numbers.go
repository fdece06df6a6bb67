package prim

import (
	"math"
	"math/big"
	"math/bits"
	"strings"

	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

var (
	natType types.Type = types.Nat
	intType types.Type = types.Int
)

var fixedNames = map[types.Prim]string{
	types.Nat8: "Nat8", types.Nat16: "Nat16", types.Nat32: "Nat32", types.Nat64: "Nat64",
	types.Int8: "Int8", types.Int16: "Int16", types.Int32: "Int32", types.Int64: "Int64",
}

// lowerFirst turns "Nat8" into "nat8", as the primitives' names spell types.
func lowerFirst(s string) string { return strings.ToLower(s[:1]) + s[1:] }

func addNumbers(_ Host, m map[string]fn) {
	m["abs"] = unary(value.IntAbs)
	m["shiftLeft"] = binary(func(a, b value.Value) value.Value {
		value.Reserve((a.AsBig().BitLen() + int(uint32(b.Bits))) / 8)
		return value.BigInt(new(big.Int).Lsh(a.AsBig(), uint(b.Bits)))
	})
	m["shiftRight"] = binary(func(a, b value.Value) value.Value {
		return value.BigInt(new(big.Int).Rsh(a.AsBig(), uint(b.Bits)))
	})

	for p, name := range fixedNames {
		k := value.FixedOf(p)
		big, lower := "Nat", "nat"
		if k.Signed {
			big, lower = "Int", "int"
		}
		// natToNat8, nat8ToNat, intToInt8Wrap, intToNat8Wrap, ...
		m[lower+"To"+name] = unary(func(v value.Value) value.Value {
			r, f := k.FromInt(v)
			if f != value.Ok {
				f.Trap()
			}
			return r
		})
		m[lowerFirst(name)+"To"+big] = unary(k.ToInt)
		m["intTo"+name+"Wrap"] = unary(k.WrapInt)
		addBitCounting(m, name, k)
	}

	// Same width, other signedness: reinterpret the bits.
	for _, n := range []string{"8", "16", "32", "64"} {
		nat, int_ := types.PrimByName["Nat"+n], types.PrimByName["Int"+n]
		toNat, toInt := value.FixedOf(nat), value.FixedOf(int_)
		m["int"+n+"ToNat"+n] = unary(func(v value.Value) value.Value { return toNat.Norm(v.Bits) })
		m["nat"+n+"ToInt"+n] = unary(func(v value.Value) value.Value { return toInt.Norm(v.Bits) })
	}

	// Adjacent widths, both ways; narrowing traps when the value does not fit.
	widths := []string{"8", "16", "32", "64"}
	for i := 0; i+1 < len(widths); i++ {
		for _, sign := range []string{"Nat", "Int"} {
			small, large := sign+widths[i], sign+widths[i+1]
			addChecked(m, small, large)
			addChecked(m, large, small)
		}
	}

	for _, name := range []string{"Nat16", "Int16", "Nat32", "Int32", "Nat64", "Int64"} {
		n := types.PrimByName[name].Bits() / 8
		m["explode"+name] = unary(func(v value.Value) value.Value {
			out := make([]value.Value, n)
			for i := range out {
				out[i] = value.Word(v.Bits >> (8 * (n - 1 - i)) & 0xFF)
			}
			return value.MakeTuple(out)
		})
	}
}

// addChecked adds the conversion between two bounded types, trapping with
// `losing precision` when the value does not fit.
func addChecked(m map[string]fn, from, to string) {
	src, dst := value.FixedOf(types.PrimByName[from]), value.FixedOf(types.PrimByName[to])
	m[lowerFirst(from)+"To"+to] = unary(func(v value.Value) value.Value {
		r, f := dst.FromInt(src.ToInt(v))
		if f != value.Ok {
			f.Trap()
		}
		return r
	})
}

func addBitCounting(m map[string]fn, name string, k *value.Fixed) {
	width := uint64(k.Bits)
	mask := uint64(math.MaxUint64) >> (64 - width)
	pattern := func(v value.Value) uint64 { return v.Bits & mask }
	m["popcnt"+name] = unary(func(v value.Value) value.Value {
		return value.Word(uint64(bits.OnesCount64(pattern(v))))
	})
	m["clz"+name] = unary(func(v value.Value) value.Value {
		return value.Word(uint64(bits.LeadingZeros64(pattern(v))) - (64 - width))
	})
	m["ctz"+name] = unary(func(v value.Value) value.Value {
		return value.Word(min(uint64(bits.TrailingZeros64(pattern(v))), width))
	})
	m["btst"+name] = binary(func(a, b value.Value) value.Value {
		return value.Bool(pattern(a)>>(b.Bits%width)&1 == 1)
	})
}
