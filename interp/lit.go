package interp

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// literal evaluates a literal at its static type once, at compile time;
// neg negates a number literal (`-5`, `-128 : Int8`).
func (c *compiler) literal(lit *ast.LitExpr, neg bool) Value {
	t := c.typeOf(lit)
	switch lit.Kind {
	case ast.NatLit, ast.FloatLit:
		return c.number(lit, t, neg)
	case ast.CharLit:
		return value.Char(lit.Rune)
	case ast.TextLit:
		if t == types.Blob {
			return value.MakeBlob(lit.Text)
		}
		return value.Text(lit.Text)
	case ast.BoolLit:
		return value.Bool(lit.Bool)
	case ast.NullLit:
		return value.Null
	}
	c.fail(lit, "unknown literal")
	return Value{}
}

func (c *compiler) number(lit *ast.LitExpr, t types.Type, neg bool) Value {
	p, ok := t.(types.Prim)
	if !ok {
		c.fail(lit, "internal error: number literal of type %s", types.String(t))
	}
	if p.IsFloat() {
		f, ok := parseFloat(lit, p == types.Float32)
		if !ok {
			c.fail(lit, "malformed float literal %s", lit.Value)
		}
		if neg {
			f = -f
		}
		return value.Float(f)
	}
	if lit.Kind != ast.NatLit {
		c.fail(lit, "internal error: float literal of type %s", p)
	}
	n, ok := parseNat(lit.Value)
	if !ok {
		c.fail(lit, "malformed number literal %s", lit.Value)
	}
	if neg {
		n.Neg(n)
	}
	v := value.BigInt(n)
	if p == types.Nat || p == types.Int {
		return v
	}
	k := value.FixedOf(p)
	if k == nil {
		c.fail(lit, "internal error: number literal of type %s", p)
	}
	r, fault := k.FromInt(v)
	if fault != value.Ok {
		c.fail(lit, "literal out of range for type %s", p)
	}
	return r
}

// parseNat reads decimal or 0x-prefixed hexadecimal digits.
func parseNat(s string) (*big.Int, bool) {
	base := 10
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		s, base = s[2:], 16
	}
	return new(big.Int).SetString(s, base)
}

// parseFloat reads a float literal, or a natural one used at a float type,
// rounded once to single precision when single is set (a Float32 is held
// as the Float of the same value).
func parseFloat(lit *ast.LitExpr, single bool) (float64, bool) {
	if lit.Kind == ast.NatLit {
		n, ok := parseNat(lit.Value)
		if !ok {
			return 0, false
		}
		if single {
			f, _ := new(big.Float).SetInt(n).Float32()
			return float64(f), true
		}
		f, _ := new(big.Float).SetInt(n).Float64()
		return f, true
	}
	bits := 64
	if single {
		bits = 32
	}
	f, err := strconv.ParseFloat(lit.Value, bits)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true // ±Inf or 0, as moc rounds
		}
		return 0, false
	}
	return f, true
}
