package interp

import (
	"math"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// Fast paths for Nat and Int operators on values that fit in int64, the
// bulk of loop counters and recursion arguments. Each closure computes in
// int64 inline and falls back to the general operation (big numbers,
// overflow, traps). A right operand that is a literal is folded in, which
// saves a closure call in `i + 1`, `n - 1`, `i < 10`.

// smallConst returns the value of a literal operand that is a small
// Nat or Int.
func (c *compiler) smallConst(e ast.Expr) (int64, bool) {
	e = stripParens(e)
	var lit *ast.LitExpr
	neg := false
	switch x := e.(type) {
	case *ast.LitExpr:
		lit = x
	case *ast.UnaryExpr:
		l, ok := x.X.(*ast.LitExpr)
		if !ok || x.Op != ast.Neg {
			return 0, false
		}
		lit, neg = l, true
	default:
		return 0, false
	}
	if lit.Kind != ast.NatLit {
		return 0, false
	}
	if p, ok := c.typeOf(lit).(types.Prim); !ok || (p != types.Nat && p != types.Int) {
		return 0, false
	}
	v := c.literal(lit, neg)
	if !v.IsSmallInt() {
		return 0, false
	}
	return int64(v.Bits), true
}

// smallIntBinary compiles the fast forms of x op y at Nat or Int; nil when
// op has none. slow is the general operation.
func (c *compiler) smallIntBinary(x *ast.BinaryExpr, p types.Prim, l, r evalFn, slow binFn) evalFn {
	if k, ok := c.smallConst(x.Y); ok {
		if fn := smallIntConst(x.Op, p, l, k, slow); fn != nil {
			return fn
		}
	}
	switch x.Op {
	case ast.Add:
		return func(t *Thread, f *Frame) Value {
			a, b := l(t, f), r(t, f)
			if a.Ref == nil && b.Ref == nil {
				x, y := int64(a.Bits), int64(b.Bits)
				if s := x + y; (s >= x) == (y >= 0) {
					return Value{Bits: uint64(s)}
				}
			}
			return value.IntAdd(a, b)
		}
	case ast.Sub:
		if p == types.Nat {
			return func(t *Thread, f *Frame) Value {
				a, b := l(t, f), r(t, f)
				if a.Ref == nil && b.Ref == nil && a.Bits >= b.Bits {
					return Value{Bits: a.Bits - b.Bits}
				}
				return slow(a, b)
			}
		}
		return func(t *Thread, f *Frame) Value {
			a, b := l(t, f), r(t, f)
			if a.Ref == nil && b.Ref == nil {
				x, y := int64(a.Bits), int64(b.Bits)
				if d := x - y; (d <= x) == (y >= 0) {
					return Value{Bits: uint64(d)}
				}
			}
			return value.IntSub(a, b)
		}
	case ast.Mul:
		return func(t *Thread, f *Frame) Value {
			a, b := l(t, f), r(t, f)
			if a.Ref == nil && b.Ref == nil {
				x, y := int64(a.Bits), int64(b.Bits)
				if x > -1<<31 && x < 1<<31 && y > -1<<31 && y < 1<<31 {
					return Value{Bits: uint64(x * y)}
				}
			}
			return slow(a, b)
		}
	case ast.Div, ast.Mod:
		div := x.Op == ast.Div
		return func(t *Thread, f *Frame) Value {
			a, b := l(t, f), r(t, f)
			if a.Ref == nil && b.Ref == nil {
				x, y := int64(a.Bits), int64(b.Bits)
				if y > 0 && x != math.MinInt64 {
					if div {
						return Value{Bits: uint64(x / y)}
					}
					return Value{Bits: uint64(x % y)}
				}
			}
			return slow(a, b)
		}
	case ast.Lt:
		return func(t *Thread, f *Frame) Value {
			a, b := l(t, f), r(t, f)
			if a.Ref == nil && b.Ref == nil {
				return value.Bool(int64(a.Bits) < int64(b.Bits))
			}
			return value.Bool(value.IntCompare(a, b) < 0)
		}
	case ast.Le:
		return func(t *Thread, f *Frame) Value {
			a, b := l(t, f), r(t, f)
			if a.Ref == nil && b.Ref == nil {
				return value.Bool(int64(a.Bits) <= int64(b.Bits))
			}
			return value.Bool(value.IntCompare(a, b) <= 0)
		}
	case ast.Gt:
		return func(t *Thread, f *Frame) Value {
			a, b := l(t, f), r(t, f)
			if a.Ref == nil && b.Ref == nil {
				return value.Bool(int64(a.Bits) > int64(b.Bits))
			}
			return value.Bool(value.IntCompare(a, b) > 0)
		}
	case ast.Ge:
		return func(t *Thread, f *Frame) Value {
			a, b := l(t, f), r(t, f)
			if a.Ref == nil && b.Ref == nil {
				return value.Bool(int64(a.Bits) >= int64(b.Bits))
			}
			return value.Bool(value.IntCompare(a, b) >= 0)
		}
	case ast.Eq, ast.Neq:
		want := x.Op == ast.Eq
		return func(t *Thread, f *Frame) Value {
			a, b := l(t, f), r(t, f)
			if a.Ref == nil && b.Ref == nil {
				return value.Bool((a.Bits == b.Bits) == want)
			}
			return value.Bool((value.IntCompare(a, b) == 0) == want)
		}
	}
	return nil
}

// smallIntConst compiles x op k for a small literal k.
func smallIntConst(op ast.BinOp, p types.Prim, l evalFn, k int64, slow binFn) evalFn {
	kv := value.Int(k)
	switch op {
	case ast.Add:
		return func(t *Thread, f *Frame) Value {
			a := l(t, f)
			if a.Ref == nil {
				x := int64(a.Bits)
				if s := x + k; (s >= x) == (k >= 0) {
					return Value{Bits: uint64(s)}
				}
			}
			return value.IntAdd(a, kv)
		}
	case ast.Sub:
		if p == types.Nat {
			return func(t *Thread, f *Frame) Value {
				a := l(t, f)
				if a.Ref == nil && int64(a.Bits) >= k {
					return Value{Bits: uint64(int64(a.Bits) - k)}
				}
				return slow(a, kv)
			}
		}
		return func(t *Thread, f *Frame) Value {
			a := l(t, f)
			if a.Ref == nil {
				x := int64(a.Bits)
				if d := x - k; (d <= x) == (k >= 0) {
					return Value{Bits: uint64(d)}
				}
			}
			return value.IntSub(a, kv)
		}
	case ast.Mul:
		if k <= -1<<31 || k >= 1<<31 {
			return nil
		}
		return func(t *Thread, f *Frame) Value {
			a := l(t, f)
			if a.Ref == nil {
				if x := int64(a.Bits); x > -1<<31 && x < 1<<31 {
					return Value{Bits: uint64(x * k)}
				}
			}
			return slow(a, kv)
		}
	case ast.Div, ast.Mod:
		if k <= 0 {
			return nil
		}
		div := op == ast.Div
		return func(t *Thread, f *Frame) Value {
			a := l(t, f)
			if a.Ref == nil && int64(a.Bits) != math.MinInt64 {
				if div {
					return Value{Bits: uint64(int64(a.Bits) / k)}
				}
				return Value{Bits: uint64(int64(a.Bits) % k)}
			}
			return slow(a, kv)
		}
	case ast.Lt:
		return func(t *Thread, f *Frame) Value {
			a := l(t, f)
			if a.Ref == nil {
				return value.Bool(int64(a.Bits) < k)
			}
			return value.Bool(value.IntCompare(a, kv) < 0)
		}
	case ast.Le:
		return func(t *Thread, f *Frame) Value {
			a := l(t, f)
			if a.Ref == nil {
				return value.Bool(int64(a.Bits) <= k)
			}
			return value.Bool(value.IntCompare(a, kv) <= 0)
		}
	case ast.Gt:
		return func(t *Thread, f *Frame) Value {
			a := l(t, f)
			if a.Ref == nil {
				return value.Bool(int64(a.Bits) > k)
			}
			return value.Bool(value.IntCompare(a, kv) > 0)
		}
	case ast.Ge:
		return func(t *Thread, f *Frame) Value {
			a := l(t, f)
			if a.Ref == nil {
				return value.Bool(int64(a.Bits) >= k)
			}
			return value.Bool(value.IntCompare(a, kv) >= 0)
		}
	case ast.Eq, ast.Neq:
		want := op == ast.Eq
		return func(t *Thread, f *Frame) Value {
			a := l(t, f)
			if a.Ref == nil {
				return value.Bool((int64(a.Bits) == k) == want)
			}
			return value.Bool((value.IntCompare(a, kv) == 0) == want)
		}
	}
	return nil
}
