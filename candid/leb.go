package candid

import (
	"math/big"

	"github.com/mori-lang/mori/value"
)

func appendLEB(b []byte, u uint64) []byte {
	for u >= 0x80 {
		b = append(b, byte(u)|0x80)
		u >>= 7
	}
	return append(b, byte(u))
}

func appendSLEB(b []byte, i int64) []byte {
	for {
		low := byte(i & 0x7f)
		i >>= 7
		if (i == 0 && low&0x40 == 0) || (i == -1 && low&0x40 != 0) {
			return append(b, low)
		}
		b = append(b, low|0x80)
	}
}

var mask7 = big.NewInt(0x7f)

// appendNat writes a Nat as LEB128.
func appendNat(b []byte, v value.Value) []byte {
	if v.IsSmallInt() {
		return appendLEB(b, v.Bits)
	}
	x := new(big.Int).Set(v.AsBig())
	low := new(big.Int)
	for {
		low.And(x, mask7)
		x.Rsh(x, 7)
		if x.Sign() == 0 {
			return append(b, byte(low.Uint64()))
		}
		b = append(b, byte(low.Uint64())|0x80)
	}
}

// appendInt writes an Int as SLEB128 (Rsh on a negative big.Int is an
// arithmetic shift, And works on two's complement).
func appendInt(b []byte, v value.Value) []byte {
	if v.IsSmallInt() {
		return appendSLEB(b, int64(v.Bits))
	}
	x := new(big.Int).Set(v.AsBig())
	low := new(big.Int)
	for {
		low.And(x, mask7)
		x.Rsh(x, 7)
		l := byte(low.Uint64())
		if (x.Sign() == 0 && l&0x40 == 0) || (x.IsInt64() && x.Int64() == -1 && l&0x40 != 0) {
			return append(b, l)
		}
		b = append(b, l|0x80)
	}
}
