package prim

import (
	"math"
	"strconv"
	"strings"

	"github.com/mori-lang/mori/value"
)

func floatUnary(f func(float64) float64) fn {
	return unary(func(v value.Value) value.Value { return value.Float(f(v.AsFloat())) })
}

func floatBinary(f func(x, y float64) float64) fn {
	return binary(func(a, b value.Value) value.Value { return value.Float(f(a.AsFloat(), b.AsFloat())) })
}

func addFloats(_ Host, m map[string]fn) {
	for name, f := range map[string]func(float64) float64{
		"floatAbs": math.Abs, "floatSqrt": math.Sqrt, "floatCeil": math.Ceil, "floatFloor": math.Floor,
		"floatTrunc": math.Trunc, "floatNearest": math.RoundToEven,
		"sin": math.Sin, "cos": math.Cos, "tan": math.Tan,
		"arcsin": math.Asin, "arccos": math.Acos, "arctan": math.Atan,
		"exp": math.Exp, "log": math.Log,
	} {
		m[name] = floatUnary(f)
	}
	m["floatMin"] = floatBinary(math.Min)
	m["floatMax"] = floatBinary(math.Max)
	m["floatCopySign"] = floatBinary(math.Copysign)
	m["arctan2"] = floatBinary(math.Atan2)

	// A Float32 is held as the Float of the same value.
	m["floatToFloat32"] = floatUnary(func(f float64) float64 { return float64(float32(f)) })
	m["float32ToFloat"] = unary(func(v value.Value) value.Value { return v })
	m["floatToInt"] = unary(func(v value.Value) value.Value {
		r, ok := value.FloatToInt(v.AsFloat())
		if !ok {
			value.Fail("bigint function error")
		}
		return r
	})
	m["intToFloat"] = unary(func(v value.Value) value.Value { return value.Float(value.IntToFloat(v)) })
	m["floatToInt64"] = unary(func(v value.Value) value.Value {
		f := math.Trunc(v.AsFloat())
		if !(f >= -(1<<63) && f < 1<<63) {
			value.Fail("float unrepresentable in integer range")
		}
		return value.Signed(int64(f))
	})
	m["int64ToFloat"] = unary(func(v value.Value) value.Value { return value.Float(float64(v.AsInt64())) })
	m["floatToText"] = unary(func(v value.Value) value.Value { return value.Text(value.FormatFloat(v.AsFloat())) })
	m["floatToFormattedText"] = func(_ value.Context, args []value.Value) value.Value {
		return value.Text(formatFloat(args[0].AsFloat(), int(args[1].Bits), args[2].Bits))
	}
}

// formatFloat is floatToFormattedText. moc's runtime formats with Rust
// into a buffer of 320 bytes, cutting longer texts short, with at most 100
// decimals: mode 0 (and 2, which it treats alike) is fixed notation with
// prec decimals, mode 1 exponent notation like `1.50e0`, mode 4 the
// shortest decimal that reads back as f, never with an exponent. Mode 3
// (hexadecimal) is not supported and traps, as do the other modes.
func formatFloat(f float64, prec int, mode uint64) string {
	const maxText, maxPrec = 320, 100
	switch mode {
	case 3:
		value.Fail("float_fmt: unsupported mode")
	case 0, 1, 2, 4:
	default:
		value.Fail("float_fmt: unrecognized mode")
	}
	if s, ok := value.NonFiniteText(f); ok {
		return s
	}
	prec = min(prec, maxPrec)
	var s string
	switch mode {
	case 0, 2:
		s = strconv.FormatFloat(f, 'f', prec, 64)
	case 1:
		mant, exp, _ := strings.Cut(strconv.FormatFloat(f, 'e', prec, 64), "e")
		sign := ""
		if exp[0] == '-' {
			sign = "-"
		}
		exp = strings.TrimLeft(exp[1:], "0")
		if exp == "" {
			exp = "0"
		}
		s = mant + "e" + sign + exp
	case 4:
		s = strconv.FormatFloat(f, 'f', -1, 64)
	}
	return s[:min(len(s), maxText)]
}
