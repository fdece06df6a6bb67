package check

import (
	"math/big"
	"strconv"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

func isNumLit(l *ast.LitExpr) bool { return l.Kind == ast.NatLit || l.Kind == ast.FloatLit }

// litType is the type a literal has on its own; a signed literal (`-1`,
// `+1`) is an Int.
func litType(l *ast.LitExpr, signed bool) types.Type {
	switch l.Kind {
	case ast.NatLit:
		if signed {
			return types.Int
		}
		return types.Nat
	case ast.FloatLit:
		return types.Float
	case ast.CharLit:
		return types.Char
	case ast.TextLit:
		return types.Text
	case ast.BoolLit:
		return types.Bool
	}
	return types.Null
}

// NatValue parses a natural literal's digits (decimal or 0x hex).
func NatValue(l *ast.LitExpr) *big.Int {
	n, ok := new(big.Int).SetString(l.Value, 0)
	if !ok {
		return new(big.Int)
	}
	return n
}

// sign is the sign written before a number literal.
type sign int

const (
	unsigned sign = iota
	minus
	plus
)

func signOf(op ast.UnOp) sign {
	if op == ast.Neg {
		return minus
	}
	return plus
}

// checkLit checks a (possibly negated) literal against t; at is the node
// errors point at (the negation when there is one).
func (c *Checker) checkLit(l *ast.LitExpr, s sign, at ast.Expr, t types.Type) types.Type {
	neg := s == minus
	own := litType(l, s != unsigned)
	if p, ok := types.Promote(t).(types.Prim); ok && l.Kind == ast.NatLit && p.IsNumeric() {
		if !p.IsSigned() && !p.IsFloat() && s != unsigned {
			c.fail(at, "M0050", "literal of type%s\ndoes not have expected type%s", show(own), showExpanded(t))
		}
		if p.IsFixed() {
			n := NatValue(l)
			if neg {
				n.Neg(n)
			}
			if !inRange(n, p) {
				c.fail(at, "M0048", "literal out of range for type %s", p)
			}
		}
		return p
	}
	if p, ok := types.Promote(t).(types.Prim); ok && l.Kind == ast.TextLit && p == types.Blob {
		return p
	}
	if p, ok := types.Promote(t).(types.Prim); ok && l.Kind == ast.FloatLit && p.IsFloat() {
		bits := 64
		if p == types.Float32 {
			bits = 32
		}
		if _, err := strconv.ParseFloat(l.Value, bits); err != nil {
			c.fail(at, "M0048", "literal out of range for type %s", p)
		}
		return p
	}
	if !types.Sub(own, t) {
		c.fail(at, "M0050", "literal of type%s\ndoes not have expected type%s", show(own), showExpanded(t))
	}
	return own
}

func inRange(n *big.Int, p types.Prim) bool {
	bits := uint(p.Bits())
	var lo, hi big.Int
	if p.IsSigned() {
		hi.Lsh(big.NewInt(1), bits-1)
		lo.Neg(&hi)
		hi.Sub(&hi, big.NewInt(1))
	} else {
		hi.Lsh(big.NewInt(1), bits)
		hi.Sub(&hi, big.NewInt(1))
	}
	return n.Cmp(&lo) >= 0 && n.Cmp(&hi) <= 0
}
