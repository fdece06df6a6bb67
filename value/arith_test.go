package value

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mori-lang/mori/types"
)

func TestIntArithmetic(t *testing.T) {
	type op func(a, b Value) (Value, Fault)
	total := func(f func(a, b Value) Value) op {
		return func(a, b Value) (Value, Fault) { return f(a, b), Ok }
	}
	tests := []struct {
		name  string
		op    op
		a, b  Value
		want  string
		fault Fault
	}{
		{"add small", total(IntAdd), Int(2), Int(3), "5", Ok},
		{"add promotes", total(IntAdd), Int(math.MaxInt64), Int(1), "9223372036854775808", Ok},
		{"add demotes", total(IntAdd), bigValue("9223372036854775808"), Int(-1), "9223372036854775807", Ok},
		{"sub promotes", total(IntSub), Int(math.MinInt64), Int(1), "-9223372036854775809", Ok},
		{"mul promotes", IntMul, Int(1 << 40), Int(1 << 40), "1208925819614629174706176", Ok},
		{"mul negative", IntMul, Int(-3), Int(7), "-21", Ok},
		{"mul to min int64", IntMul, Int(-(1 << 62)), Int(2), "-9223372036854775808", Ok},
		{"nat sub", NatSub, Int(5), Int(3), "2", Ok},
		{"nat sub underflow", NatSub, Int(3), Int(5), "", NatUnderflow},
		{"div truncates", IntDiv, Int(-7), Int(2), "-3", Ok},
		{"div by zero", IntDiv, Int(1), Int(0), "", DivByZero},
		{"div min by -1", IntDiv, Int(math.MinInt64), Int(-1), "9223372036854775808", Ok},
		{"rem sign of dividend", IntRem, Int(7), Int(-2), "1", Ok},
		{"rem by zero", IntRem, Int(1), Int(0), "", RemByZero},
		{"pow", IntPow, Int(2), Int(100), "1267650600228229401496703205376", Ok},
		{"pow small", IntPow, Int(-3), Int(3), "-27", Ok},
		{"pow negative exponent", IntPow, Int(2), Int(-1), "", NegativePower},
		{"pow largest exponent", IntPow, Int(1), Int(math.MaxUint32), "1", Ok},
		{"pow of power of two", IntPow, Int(-8), Int(21), "-9223372036854775808", Ok},
		{"pow of big power of two", IntPow, Int(-4), Int(33), "-73786976294838206464", Ok},
		// moc's runtime takes the exponent as a 32-bit number.
		{"pow exponent too large", IntPow, Int(2), Int(math.MaxUint32 + 1), "", BigintError},
		{"pow of one exponent too large", IntPow, Int(1), bigValue("100000000000000000000"), "", BigintError},
		{"pow of zero exponent too large", IntPow, Int(0), Int(5_000_000_000), "", BigintError},
		{"pow of minus one exponent too large", IntPow, Int(-1), Int(5_000_000_001), "", BigintError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, f := tt.op(tt.a, tt.b)
			assert.Equal(t, tt.fault, f)
			if f == Ok {
				assert.Equal(t, tt.want, IntText(got))
			}
		})
	}
}

func TestFixedArithmetic(t *testing.T) {
	nat8, int8, nat64, int64k := FixedOf(types.Nat8), FixedOf(types.Int8), FixedOf(types.Nat64), FixedOf(types.Int64)
	tests := []struct {
		name  string
		got   func() (Value, Fault)
		want  int64
		fault Fault
	}{
		{"nat8 add overflow", func() (Value, Fault) { return nat8.Add(Word(200), Word(56)) }, 0, Overflow},
		{"nat8 add", func() (Value, Fault) { return nat8.Add(Word(200), Word(55)) }, 255, Ok},
		{"nat8 sub overflow", func() (Value, Fault) { return nat8.Sub(Word(0), Word(1)) }, 0, Overflow},
		{"nat64 add overflow", func() (Value, Fault) { return nat64.Add(Word(math.MaxUint64), Word(1)) }, 0, Overflow},
		{"int8 mul", func() (Value, Fault) { return int8.Mul(Signed(-16), Signed(8)) }, -128, Ok},
		{"int8 mul overflow", func() (Value, Fault) { return int8.Mul(Signed(16), Signed(8)) }, 0, Overflow},
		{"int64 mul min", func() (Value, Fault) { return int64k.Mul(Signed(1<<62), Signed(-2)) }, math.MinInt64, Ok},
		{"int64 mul overflow", func() (Value, Fault) { return int64k.Mul(Signed(1<<62), Signed(6)) }, 0, Overflow},
		{"int8 div min", func() (Value, Fault) { return int8.Div(Signed(-128), Signed(-1)) }, 0, Overflow},
		{"int64 div min", func() (Value, Fault) { return int64k.Div(Signed(math.MinInt64), Signed(-1)) }, 0, DivUnrepresentable},
		{"int8 rem min", func() (Value, Fault) { return int8.Rem(Signed(-128), Signed(-1)) }, 0, Ok},
		{"nat8 div zero", func() (Value, Fault) { return nat8.Div(Word(1), Word(0)) }, 0, DivByZero},
		{"int8 pow", func() (Value, Fault) { return int8.Pow(Signed(-2), Signed(7)) }, -128, Ok},
		{"int8 pow overflow", func() (Value, Fault) { return int8.Pow(Signed(2), Signed(7)) }, 0, Overflow},
		{"int8 pow negative", func() (Value, Fault) { return int8.Pow(Signed(2), Signed(-1)) }, 0, NegativePower},
		{"int8 wrap pow", func() (Value, Fault) { return int8.WrapPow(Signed(-7), Signed(3)) }, -87, Ok},
		{"nat64 wrap pow", func() (Value, Fault) { return nat64.WrapPow(Word(2), Word(64)) }, 0, Ok},
		{"int8 neg min", func() (Value, Fault) { return int8.Neg(Signed(-128)) }, 0, Overflow},
		{"nat8 shl modulo", func() (Value, Fault) { return nat8.Shl(Word(0xF0), Word(9)), Ok }, 224, Ok},
		{"int64 shl to min", func() (Value, Fault) { return int64k.Shl(Signed(1), Signed(63)), Ok }, math.MinInt64, Ok},
		{"int8 shr arithmetic", func() (Value, Fault) { return int8.Shr(Signed(-128), Signed(7)), Ok }, -1, Ok},
		{"nat8 rotl", func() (Value, Fault) { return nat8.Rotl(Word(0x81), Word(1)), Ok }, 0x03, Ok},
		{"int8 rotr", func() (Value, Fault) { return int8.Rotr(Signed(1), Signed(1)), Ok }, -128, Ok},
		{"int8 wrap add", func() (Value, Fault) { return int8.WrapAdd(Signed(127), Signed(1)), Ok }, -128, Ok},
		{"nat8 not", func() (Value, Fault) { return nat8.Not(Word(0x0F)), Ok }, 0xF0, Ok},
		{"nat8 from int", func() (Value, Fault) { return nat8.FromInt(Int(256)) }, 0, LosingPrecision},
		{"nat64 from big", func() (Value, Fault) { return nat64.FromInt(bigValue("18446744073709551615")) }, -1, Ok},
		{"int8 wrap big", func() (Value, Fault) { return int8.WrapInt(bigValue("-18446744073709551489")), Ok }, 127, Ok},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, f := tt.got()
			assert.Equal(t, tt.fault, f)
			if f == Ok {
				assert.Equal(t, tt.want, int64(got.Bits))
			}
		})
	}
}

func TestOptions(t *testing.T) {
	assert.True(t, Null.IsNull())
	some := MakeOpt(Null)
	assert.False(t, some.IsNull())
	assert.True(t, some.OptPayload().IsNull())
	twice := MakeOpt(some)
	assert.False(t, twice.OptPayload().IsNull())
	assert.True(t, twice.OptPayload().OptPayload().IsNull())
	assert.Equal(t, Int(5), MakeOpt(Int(5)))
}
