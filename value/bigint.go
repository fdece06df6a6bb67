package value

import (
	"cmp"
	"math"
	"math/big"
	"math/bits"

	"github.com/mori-lang/mori/heap"
)

// Arithmetic on Nat and Int. Both share one representation; the Nat
// operations differ only where a result could go negative.

// Fault is the reason an operation failed; Ok is no failure. Operations
// return a Fault instead of trapping so the evaluator can attach the
// position of the operator.
type Fault uint8

const (
	Ok Fault = iota
	Overflow
	NatUnderflow
	DivByZero
	RemByZero
	DivUnrepresentable
	NegativePower
	LosingPrecision
	BigintError
	TextTooLarge
	OutOfMemory
)

var faultText = [...]string{
	Overflow:           "arithmetic overflow",
	NatUnderflow:       "Natural subtraction underflow",
	DivByZero:          "divide by zero",
	RemByZero:          "remainder by zero",
	DivUnrepresentable: "divide result unrepresentable",
	NegativePower:      "negative power",
	LosingPrecision:    "losing precision",
	BigintError:        "bigint function error",
	TextTooLarge:       "RTS error: text_concat: Text too large",
	OutOfMemory:        "RTS error: Cannot grow memory",
}

// String is the trap message of the fault, as a canister prints it.
func (f Fault) String() string { return faultText[f] }

// Trap stops execution with the fault's message (for callers without a
// position of their own, like primitives).
func (f Fault) Trap() { Fail(f.String()) }

// Int makes a Nat or Int from an int64.
func Int(i int64) Value { return Value{Bits: uint64(i)} }

// Nat makes a Nat from a uint64.
func Nat(u uint64) Value {
	if u <= math.MaxInt64 {
		return Value{Bits: u}
	}
	return Value{Ref: new(big.Int).SetUint64(u)}
}

// BigInt makes a Nat or Int from a big.Int, small when it fits. The value
// takes ownership of b.
func BigInt(b *big.Int) Value {
	if b.IsInt64() {
		return Value{Bits: uint64(b.Int64())}
	}
	return Value{Ref: b}
}

// AsBig returns a Nat or Int as a big.Int; do not modify the result.
func (v Value) AsBig() *big.Int { return bigOf(v) }

// IsSmallInt reports whether a Nat or Int lives in Bits.
func (v Value) IsSmallInt() bool { return v.Ref == nil }

// IntSign is -1, 0 or +1 for a Nat or Int.
func IntSign(v Value) int {
	if b, ok := v.Ref.(*big.Int); ok {
		return b.Sign()
	}
	i := int64(v.Bits)
	switch {
	case i < 0:
		return -1
	case i > 0:
		return 1
	}
	return 0
}

// IntAdd is `+` on Int (and Nat).
func IntAdd(a, b Value) Value {
	if a.Ref == nil && b.Ref == nil {
		x, y := int64(a.Bits), int64(b.Bits)
		s := x + y
		if (s >= x) == (y >= 0) {
			return Value{Bits: uint64(s)}
		}
	}
	return BigInt(new(big.Int).Add(bigOf(a), bigOf(b)))
}

// IntSub is `-` on Int.
func IntSub(a, b Value) Value {
	if a.Ref == nil && b.Ref == nil {
		x, y := int64(a.Bits), int64(b.Bits)
		d := x - y
		if (d <= x) == (y >= 0) {
			return Value{Bits: uint64(d)}
		}
	}
	return BigInt(new(big.Int).Sub(bigOf(a), bigOf(b)))
}

// NatSub is `-` on Nat: it fails when the result would be negative.
func NatSub(a, b Value) (Value, Fault) {
	if a.Ref == nil && b.Ref == nil {
		if a.Bits < b.Bits {
			return Value{}, NatUnderflow
		}
		return Value{Bits: a.Bits - b.Bits}, Ok
	}
	d := new(big.Int).Sub(bigOf(a), bigOf(b))
	if d.Sign() < 0 {
		return Value{}, NatUnderflow
	}
	return BigInt(d), Ok
}

// IntMul is `*` on Int (and Nat). It fails when the product would not fit
// in the heap budget.
func IntMul(a, b Value) (Value, Fault) {
	if a.Ref == nil && b.Ref == nil {
		x, y := int64(a.Bits), int64(b.Bits)
		hi, lo := bits.Mul64(absU(x), absU(y))
		if hi == 0 && lo <= math.MaxInt64 {
			if (x < 0) != (y < 0) {
				return Value{Bits: uint64(-int64(lo))}, Ok
			}
			return Value{Bits: lo}, Ok
		}
	}
	x, y := bigOf(a), bigOf(b)
	if !bitsFit(uint64(x.BitLen()) + uint64(y.BitLen())) {
		return Value{}, OutOfMemory
	}
	return BigInt(new(big.Int).Mul(x, y)), Ok
}

// bitsFit reports whether a number of n bits fits in the heap budget.
func bitsFit(n uint64) bool { return n/8 < math.MaxInt64 && heap.Fits(int64(n/8)) }

func absU(x int64) uint64 {
	if x < 0 {
		return uint64(-x) // MinInt64 maps to 1<<63, as wanted
	}
	return uint64(x)
}

// IntDiv is `/` on Int (and Nat), rounding towards zero.
func IntDiv(a, b Value) (Value, Fault) {
	if a.Ref == nil && b.Ref == nil {
		x, y := int64(a.Bits), int64(b.Bits)
		if y == 0 {
			return Value{}, DivByZero
		}
		if !(x == math.MinInt64 && y == -1) {
			return Value{Bits: uint64(x / y)}, Ok
		}
	}
	if IntSign(b) == 0 {
		return Value{}, DivByZero
	}
	return BigInt(new(big.Int).Quo(bigOf(a), bigOf(b))), Ok
}

// IntRem is `%` on Int (and Nat); the result takes the sign of a.
func IntRem(a, b Value) (Value, Fault) {
	if a.Ref == nil && b.Ref == nil {
		x, y := int64(a.Bits), int64(b.Bits)
		if y == 0 {
			return Value{}, RemByZero
		}
		if y == -1 {
			return Value{}, Ok
		}
		return Value{Bits: uint64(x % y)}, Ok
	}
	if IntSign(b) == 0 {
		return Value{}, RemByZero
	}
	return BigInt(new(big.Int).Rem(bigOf(a), bigOf(b))), Ok
}

// IntPow is `**` on Int (and Nat). A negative exponent fails, and so does
// one beyond 32 bits, whatever the base, as in moc's runtime.
func IntPow(a, b Value) (Value, Fault) {
	if IntSign(b) < 0 {
		return Value{}, NegativePower
	}
	if b.Ref != nil || b.Bits > math.MaxUint32 {
		return Value{}, BigintError
	}
	if a.Ref == nil {
		switch int64(a.Bits) {
		case 0:
			if IntSign(b) == 0 {
				return Int(1), Ok
			}
			return Int(0), Ok
		case 1:
			return Int(1), Ok
		case -1:
			if b.Bits&1 == 0 {
				return Int(1), Ok
			}
			return Int(-1), Ok
		}
	}
	if a.Ref == nil {
		// Square-and-multiply in int64 while it fits.
		base, exp, acc := int64(a.Bits), b.Bits, int64(1)
		small := true
		for e, x := exp, base; e > 0; e >>= 1 {
			if e&1 == 1 {
				r, ok := mul64(acc, x)
				if !ok {
					small = false
					break
				}
				acc = r
			}
			if e > 1 {
				r, ok := mul64(x, x)
				if !ok {
					small = false
					break
				}
				x = r
			}
		}
		if small {
			return Int(acc), Ok
		}
	}
	x := bigOf(a)
	hi, resultBits := bits.Mul64(uint64(x.BitLen()), b.Bits)
	if k := x.BitLen() - 1; uint(k) == x.TrailingZeroBits() {
		// A power of two to a power is a shift, quick even when huge.
		if hi != 0 || !bitsFit(resultBits) {
			return Value{}, OutOfMemory
		}
		r := new(big.Int).Lsh(big.NewInt(1), uint(uint64(k)*b.Bits))
		if x.Sign() < 0 && b.Bits&1 == 1 {
			r.Neg(r)
		}
		return BigInt(r), Ok
	}
	// Squaring needs room for intermediate results besides the result.
	if hi != 0 || resultBits > math.MaxUint64/4 || !bitsFit(4*resultBits) {
		return Value{}, OutOfMemory
	}
	return BigInt(new(big.Int).Exp(x, new(big.Int).SetUint64(b.Bits), nil)), Ok
}

func mul64(x, y int64) (int64, bool) {
	hi, lo := bits.Mul64(absU(x), absU(y))
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	if (x < 0) != (y < 0) {
		return -int64(lo), true
	}
	return int64(lo), true
}

// IntNeg is unary `-` on Int.
func IntNeg(a Value) Value {
	if a.Ref == nil && int64(a.Bits) != math.MinInt64 {
		return Value{Bits: uint64(-int64(a.Bits))}
	}
	return BigInt(new(big.Int).Neg(bigOf(a)))
}

// IntCompare returns -1, 0 or +1 as a is less than, equal to or greater than b.
func IntCompare(a, b Value) int {
	if a.Ref == nil && b.Ref == nil {
		return cmp.Compare(int64(a.Bits), int64(b.Bits))
	}
	return bigOf(a).Cmp(bigOf(b))
}

// IntAbs is the magnitude of an Int, as a Nat.
func IntAbs(a Value) Value {
	if IntSign(a) < 0 {
		return IntNeg(a)
	}
	return a
}

// IntToFloat converts an Int to the nearest Float.
func IntToFloat(a Value) float64 {
	if a.Ref == nil {
		return float64(int64(a.Bits))
	}
	f, _ := new(big.Float).SetInt(bigOf(a)).Float64()
	return f
}

// FloatToInt truncates a Float towards zero; ok is false for NaN and infinities.
func FloatToInt(f float64) (Value, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return Value{}, false
	}
	t := math.Trunc(f)
	if t >= -(1<<63) && t < 1<<63 {
		return Int(int64(t)), true
	}
	b, _ := big.NewFloat(t).Int(nil)
	return BigInt(b), true
}
