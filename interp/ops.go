package interp

import (
	"math"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// Operators, chosen once at compile time from the operand type the checker
// recorded (Info.Operands).

type binFn func(a, b Value) Value

// faulting turns a failing operation into one that traps at site.
func faulting(op func(a, b Value) (Value, value.Fault), site *ast.Span) binFn {
	return func(a, b Value) Value {
		r, f := op(a, b)
		if f != value.Ok {
			trap(site, f.String())
		}
		return r
	}
}

func (c *compiler) operandType(x ast.Expr) types.Type {
	t, ok := c.info.Operands[x]
	if !ok {
		c.fail(x, "internal error: no operand type recorded for this operator")
	}
	return types.Promote(t)
}

// binop is op on operands of type t.
func (c *compiler) binop(n ast.Node, op ast.BinOp, t types.Type, site *ast.Span) binFn {
	if op.IsRelation() {
		return c.relation(n, op, t)
	}
	p, ok := t.(types.Prim)
	if !ok {
		c.fail(n, "operator %s is not defined on %s", op, types.String(t))
	}
	switch {
	case p == types.Nat || p == types.Int:
		switch op {
		case ast.Add:
			return value.IntAdd
		case ast.Sub:
			if p == types.Nat {
				return faulting(value.NatSub, site)
			}
			return value.IntSub
		case ast.Mul:
			return faulting(value.IntMul, site)
		case ast.Div:
			return faulting(value.IntDiv, site)
		case ast.Mod:
			return faulting(value.IntRem, site)
		case ast.Pow:
			return faulting(value.IntPow, site)
		}
	case p.IsFixed():
		k := value.FixedOf(p)
		switch op {
		case ast.Add:
			return faulting(k.Add, site)
		case ast.Sub:
			return faulting(k.Sub, site)
		case ast.Mul:
			return faulting(k.Mul, site)
		case ast.Div:
			return faulting(k.Div, site)
		case ast.Mod:
			return faulting(k.Rem, site)
		case ast.Pow:
			return faulting(k.Pow, site)
		case ast.WrapAdd:
			return k.WrapAdd
		case ast.WrapSub:
			return k.WrapSub
		case ast.WrapMul:
			return k.WrapMul
		case ast.WrapPow:
			return faulting(k.WrapPow, site)
		case ast.And:
			return k.And
		case ast.Or:
			return k.Or
		case ast.Xor:
			return k.Xor
		case ast.Shl:
			return k.Shl
		case ast.Shr:
			return k.Shr
		case ast.Rotl:
			return k.Rotl
		case ast.Rotr:
			return k.Rotr
		}
	case p == types.Float:
		if f := floatOp(op); f != nil {
			return func(a, b Value) Value { return value.Float(f(a.AsFloat(), b.AsFloat())) }
		}
	case p == types.Float32:
		if f := floatOp(op); f != nil {
			return func(a, b Value) Value { return value.Float(float64(float32(f(a.AsFloat(), b.AsFloat())))) }
		}
	case p == types.Text && op == ast.Cat:
		return faulting(value.Concat, site)
	}
	c.fail(n, "operator %s is not defined on %s", op, p)
	return nil
}

func floatOp(op ast.BinOp) func(x, y float64) float64 {
	switch op {
	case ast.Add:
		return func(x, y float64) float64 { return x + y }
	case ast.Sub:
		return func(x, y float64) float64 { return x - y }
	case ast.Mul:
		return func(x, y float64) float64 { return x * y }
	case ast.Div:
		return func(x, y float64) float64 { return x / y }
	case ast.Mod:
		return math.Mod
	case ast.Pow:
		return math.Pow
	}
	return nil
}

// relation is a comparison on operands of type t.
func (c *compiler) relation(n ast.Node, op ast.BinOp, t types.Type) binFn {
	switch op {
	case ast.Eq:
		eq := equality(t)
		return func(a, b Value) Value { return value.Bool(eq(a, b)) }
	case ast.Neq:
		eq := equality(t)
		return func(a, b Value) Value { return value.Bool(!eq(a, b)) }
	}
	p, ok := t.(types.Prim)
	if !ok {
		c.fail(n, "operator %s is not defined on %s", op, types.String(t))
	}
	if p.IsFloat() {
		// Float comparisons are false when NaN is involved, so no Compare.
		var less func(x, y float64) bool
		switch op {
		case ast.Lt:
			less = func(x, y float64) bool { return x < y }
		case ast.Le:
			less = func(x, y float64) bool { return x <= y }
		case ast.Gt:
			less = func(x, y float64) bool { return x > y }
		default:
			less = func(x, y float64) bool { return x >= y }
		}
		return func(a, b Value) Value { return value.Bool(less(a.AsFloat(), b.AsFloat())) }
	}
	if p.IsFixed() {
		return fixedRelation(op, p.IsSigned())
	}
	holds := ordering(op)
	return func(a, b Value) Value { return value.Bool(holds(value.Compare(a, b, p))) }
}

// fixedRelation compares bounded integers straight from their bits.
func fixedRelation(op ast.BinOp, signed bool) binFn {
	if signed {
		switch op {
		case ast.Lt:
			return func(a, b Value) Value { return value.Bool(int64(a.Bits) < int64(b.Bits)) }
		case ast.Le:
			return func(a, b Value) Value { return value.Bool(int64(a.Bits) <= int64(b.Bits)) }
		case ast.Gt:
			return func(a, b Value) Value { return value.Bool(int64(a.Bits) > int64(b.Bits)) }
		}
		return func(a, b Value) Value { return value.Bool(int64(a.Bits) >= int64(b.Bits)) }
	}
	switch op {
	case ast.Lt:
		return func(a, b Value) Value { return value.Bool(a.Bits < b.Bits) }
	case ast.Le:
		return func(a, b Value) Value { return value.Bool(a.Bits <= b.Bits) }
	case ast.Gt:
		return func(a, b Value) Value { return value.Bool(a.Bits > b.Bits) }
	}
	return func(a, b Value) Value { return value.Bool(a.Bits >= b.Bits) }
}

// ordering says which results of a three-way comparison satisfy op.
func ordering(op ast.BinOp) func(int) bool {
	switch op {
	case ast.Lt:
		return func(c int) bool { return c < 0 }
	case ast.Le:
		return func(c int) bool { return c <= 0 }
	case ast.Gt:
		return func(c int) bool { return c > 0 }
	}
	return func(c int) bool { return c >= 0 }
}

// equality is `==` at type t, fast for the primitive types.
func equality(t types.Type) func(a, b Value) bool {
	if p, ok := t.(types.Prim); ok {
		switch {
		case p == types.Nat || p == types.Int:
			return func(a, b Value) bool {
				if a.Ref == nil && b.Ref == nil {
					return a.Bits == b.Bits
				}
				return value.IntCompare(a, b) == 0
			}
		case p.IsFloat():
			return func(a, b Value) bool { return a.AsFloat() == b.AsFloat() }
		case p == types.Text:
			return func(a, b Value) bool { return a.AsText() == b.AsText() }
		case p == types.Blob:
			return func(a, b Value) bool { return a.AsBlob() == b.AsBlob() }
		case p == types.Bool || p == types.Char || p.IsFixed():
			return func(a, b Value) bool { return a.Bits == b.Bits }
		}
	}
	return func(a, b Value) bool { return value.Equal(a, b, t) }
}

// binary compiles `x op y`; Nat and Int operators get inline fast paths
// for small values (fastint.go).
func (c *compiler) binary(x *ast.BinaryExpr) evalFn {
	t := c.operandType(x)
	if t == types.None {
		return c.expr(x.X) // it never gives a value
	}
	l, r := c.operand(x.X), c.operand(x.Y)
	op := c.binop(x, x.Op, t, c.site(x))
	if p, ok := t.(types.Prim); ok && (p == types.Nat || p == types.Int) {
		if fn := c.smallIntBinary(x, p, l, r, op); fn != nil {
			return fn
		}
	}
	return func(t *Thread, f *Frame) Value { return op(l(t, f), r(t, f)) }
}

// unary compiles `op x`.
func (c *compiler) unary(x *ast.UnaryExpr) evalFn {
	if lit, ok := x.X.(*ast.LitExpr); ok && (x.Op == ast.Neg || x.Op == ast.Plus) &&
		(lit.Kind == ast.NatLit || lit.Kind == ast.FloatLit) {
		v := c.literal(lit, x.Op == ast.Neg)
		return func(*Thread, *Frame) Value { return v }
	}
	arg := c.operand(x.X)
	t := c.operandType(x)
	p, _ := t.(types.Prim)
	site := c.site(x)
	var op func(Value) Value
	switch x.Op {
	case ast.Plus:
		return arg
	case ast.Not:
		op = func(v Value) Value { return value.Bool(!v.AsBool()) }
	case ast.Neg:
		switch {
		case p == types.Int || p == types.Nat:
			op = value.IntNeg
		case p.IsFloat():
			op = func(v Value) Value { return value.Float(-v.AsFloat()) }
		case p.IsFixed() && p.IsSigned():
			k := value.FixedOf(p)
			op = func(v Value) Value {
				r, f := k.Neg(v)
				if f != value.Ok {
					trap(site, f.String())
				}
				return r
			}
		}
	case ast.BitNot:
		if p.IsFixed() {
			op = value.FixedOf(p).Not
		}
	}
	if op == nil {
		c.fail(x, "unary operator is not defined on %s", types.String(t))
	}
	return func(t *Thread, f *Frame) Value { return op(arg(t, f)) }
}
