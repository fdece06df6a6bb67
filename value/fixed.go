package value

import (
	"cmp"
	"math"
	"math/big"
	"math/bits"

	"github.com/mori-lang/mori/types"
)

// Fixed describes a bounded integer type (Nat8..Nat64, Int8..Int64) and
// implements its operators. Values keep the representation of the package
// documentation: unsigned in Bits, signed sign-extended.
type Fixed struct {
	Bits     uint
	Signed   bool
	mask     uint64
	min, max int64 // signed range
}

var fixedKinds = func() map[types.Prim]*Fixed {
	m := map[types.Prim]*Fixed{}
	for _, p := range []types.Prim{types.Nat8, types.Nat16, types.Nat32, types.Nat64,
		types.Int8, types.Int16, types.Int32, types.Int64} {
		n := uint(p.Bits())
		k := &Fixed{Bits: n, Signed: p.IsSigned(), mask: math.MaxUint64 >> (64 - n)}
		k.max = int64(k.mask >> 1)
		k.min = -k.max - 1
		m[p] = k
	}
	return m
}()

// FixedOf returns the description of a bounded integer type, nil for others.
func FixedOf(p types.Prim) *Fixed { return fixedKinds[p] }

// Norm brings 64 bits into the representation of the type, wrapping.
func (k *Fixed) Norm(u uint64) Value {
	if k.Signed {
		s := 64 - k.Bits
		return Value{Bits: uint64(int64(u<<s) >> s)}
	}
	return Value{Bits: u & k.mask}
}

// FromInt converts a Nat or Int, failing with LosingPrecision when it does
// not fit.
func (k *Fixed) FromInt(v Value) (Value, Fault) {
	if v.Ref == nil {
		i := int64(v.Bits)
		if k.Signed {
			if i < k.min || i > k.max {
				return Value{}, LosingPrecision
			}
			return Value{Bits: uint64(i)}, Ok
		}
		if i < 0 || uint64(i) > k.mask {
			return Value{}, LosingPrecision
		}
		return Value{Bits: uint64(i)}, Ok
	}
	b := v.Ref.(*big.Int)
	if !k.Signed && k.Bits == 64 && b.IsUint64() {
		return Value{Bits: b.Uint64()}, Ok
	}
	return Value{}, LosingPrecision
}

// WrapInt converts a Nat or Int modulo 2^Bits.
func (k *Fixed) WrapInt(v Value) Value {
	if v.Ref == nil {
		return k.Norm(v.Bits)
	}
	b := v.Ref.(*big.Int)
	low := new(big.Int).And(b, new(big.Int).SetUint64(math.MaxUint64)) // two's complement low bits
	return k.Norm(low.Uint64())
}

// ToInt converts to Nat or Int.
func (k *Fixed) ToInt(v Value) Value {
	if k.Signed {
		return Int(int64(v.Bits))
	}
	return Nat(v.Bits)
}

func (k *Fixed) signedFits(s int64) bool { return s >= k.min && s <= k.max }

// Add is `+`.
func (k *Fixed) Add(a, b Value) (Value, Fault) {
	if k.Signed {
		x, y := int64(a.Bits), int64(b.Bits)
		s := x + y
		if (k.Bits == 64 && (s >= x) != (y >= 0)) || !k.signedFits(s) {
			return Value{}, Overflow
		}
		return Value{Bits: uint64(s)}, Ok
	}
	s := a.Bits + b.Bits
	if s < a.Bits || s > k.mask {
		return Value{}, Overflow
	}
	return Value{Bits: s}, Ok
}

// Sub is `-`.
func (k *Fixed) Sub(a, b Value) (Value, Fault) {
	if k.Signed {
		x, y := int64(a.Bits), int64(b.Bits)
		d := x - y
		if (k.Bits == 64 && (d <= x) != (y >= 0)) || !k.signedFits(d) {
			return Value{}, Overflow
		}
		return Value{Bits: uint64(d)}, Ok
	}
	if b.Bits > a.Bits {
		return Value{}, Overflow
	}
	return Value{Bits: a.Bits - b.Bits}, Ok
}

// Mul is `*`.
func (k *Fixed) Mul(a, b Value) (Value, Fault) {
	if k.Signed {
		x, y := int64(a.Bits), int64(b.Bits)
		hi, lo := bits.Mul64(absU(x), absU(y))
		neg := (x < 0) != (y < 0)
		if hi != 0 || lo > 1<<63 || (lo == 1<<63 && !neg) {
			return Value{}, Overflow
		}
		p := int64(lo)
		if neg {
			p = -p // also right for lo == 1<<63
		}
		if !k.signedFits(p) {
			return Value{}, Overflow
		}
		return Value{Bits: uint64(p)}, Ok
	}
	hi, lo := bits.Mul64(a.Bits, b.Bits)
	if hi != 0 || lo > k.mask {
		return Value{}, Overflow
	}
	return Value{Bits: lo}, Ok
}

// Div is `/`, rounding towards zero.
func (k *Fixed) Div(a, b Value) (Value, Fault) {
	if b.Bits == 0 {
		return Value{}, DivByZero
	}
	if k.Signed {
		x, y := int64(a.Bits), int64(b.Bits)
		if x == k.min && y == -1 {
			if k.Bits == 64 {
				return Value{}, DivUnrepresentable
			}
			return Value{}, Overflow
		}
		return Value{Bits: uint64(x / y)}, Ok
	}
	return Value{Bits: a.Bits / b.Bits}, Ok
}

// Rem is `%`; the result takes the sign of a.
func (k *Fixed) Rem(a, b Value) (Value, Fault) {
	if b.Bits == 0 {
		return Value{}, RemByZero
	}
	if k.Signed {
		y := int64(b.Bits)
		if y == -1 {
			return Value{}, Ok
		}
		return Value{Bits: uint64(int64(a.Bits) % y)}, Ok
	}
	return Value{Bits: a.Bits % b.Bits}, Ok
}

// Pow is `**`, failing on overflow and on a negative exponent.
func (k *Fixed) Pow(a, b Value) (Value, Fault) {
	if k.Signed && int64(b.Bits) < 0 {
		return Value{}, NegativePower
	}
	acc, x := Value{Bits: 1}, a
	var f Fault
	for e := b.Bits; e > 0; {
		if e&1 == 1 {
			if acc, f = k.Mul(acc, x); f != Ok {
				return Value{}, f
			}
		}
		e >>= 1
		if e > 0 {
			if x, f = k.Mul(x, x); f != Ok {
				return Value{}, f
			}
		}
	}
	return acc, Ok
}

// WrapAdd is `+%`.
func (k *Fixed) WrapAdd(a, b Value) Value { return k.Norm(a.Bits + b.Bits) }

// WrapSub is `-%`.
func (k *Fixed) WrapSub(a, b Value) Value { return k.Norm(a.Bits - b.Bits) }

// WrapMul is `*%`.
func (k *Fixed) WrapMul(a, b Value) Value { return k.Norm(a.Bits * b.Bits) }

// WrapPow is `**%`; a negative exponent still fails.
func (k *Fixed) WrapPow(a, b Value) (Value, Fault) {
	if k.Signed && int64(b.Bits) < 0 {
		return Value{}, NegativePower
	}
	acc, x := uint64(1), a.Bits
	for e := b.Bits; e > 0; e >>= 1 {
		if e&1 == 1 {
			acc *= x
		}
		x *= x
	}
	return k.Norm(acc), Ok
}

// Neg is unary `-` (signed types only).
func (k *Fixed) Neg(a Value) (Value, Fault) {
	if int64(a.Bits) == k.min {
		return Value{}, Overflow
	}
	return Value{Bits: uint64(-int64(a.Bits))}, Ok
}

// Not is `^x`.
func (k *Fixed) Not(a Value) Value { return k.Norm(^a.Bits) }

// And is `&`.
func (k *Fixed) And(a, b Value) Value { return Value{Bits: a.Bits & b.Bits} }

// Or is `|`.
func (k *Fixed) Or(a, b Value) Value { return Value{Bits: a.Bits | b.Bits} }

// Xor is `^`.
func (k *Fixed) Xor(a, b Value) Value { return Value{Bits: a.Bits ^ b.Bits} }

func (k *Fixed) amount(b Value) uint { return uint(b.Bits % uint64(k.Bits)) }

// Shl is `<<`: the amount is taken modulo the width and it never fails.
func (k *Fixed) Shl(a, b Value) Value { return k.Norm(a.Bits << k.amount(b)) }

// Shr is `>>`: logical for unsigned types, arithmetic for signed ones.
func (k *Fixed) Shr(a, b Value) Value {
	if k.Signed {
		return Value{Bits: uint64(int64(a.Bits) >> k.amount(b))}
	}
	return Value{Bits: a.Bits >> k.amount(b)}
}

// Rotl is `<<>`.
func (k *Fixed) Rotl(a, b Value) Value {
	s := k.amount(b)
	u := a.Bits & k.mask
	if s == 0 {
		return a
	}
	return k.Norm(u<<s | u>>(k.Bits-s))
}

// Rotr is `<>>`.
func (k *Fixed) Rotr(a, b Value) Value {
	s := k.amount(b)
	u := a.Bits & k.mask
	if s == 0 {
		return a
	}
	return k.Norm(u>>s | u<<(k.Bits-s))
}

// Compare returns -1, 0 or +1.
func (k *Fixed) Compare(a, b Value) int {
	if k.Signed {
		return cmp.Compare(int64(a.Bits), int64(b.Bits))
	}
	return cmp.Compare(a.Bits, b.Bits)
}
