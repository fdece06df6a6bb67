package interp

import (
	"math"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// Assignments `target := value` and `target op= value`. As in moc, the
// target's location (object, array and index, bounds checked) is evaluated
// before the value, and `op=` reads the old value before evaluating the new
// one, so a value expression that writes the target does not change the result.

func stripParens(e ast.Expr) ast.Expr {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

func (c *compiler) assign(x *ast.AssignExpr) evalFn {
	return c.update(x, x.Target, x.Value, nil)
}

func (c *compiler) opAssign(x *ast.OpAssignExpr) evalFn {
	op := c.binop(x, x.Op, c.operandType(x), c.site(x))
	return c.update(x, x.Target, x.Value, op)
}

// update compiles an assignment; op combines the old value with the new
// one for `op=`, and is nil for `:=`.
func (c *compiler) update(x ast.Expr, target, val ast.Expr, op binFn) evalFn {
	rhs := c.operand(val)
	switch tg := stripParens(target).(type) {
	case *ast.VarExpr:
		b := c.info.Uses[tg]
		if s, depth := c.slotOf(tg, b); depth == 0 && !s.boxed {
			return c.updateLocal(x, s.index, rhs, op)
		}
		store := c.store(tg, b)
		if op == nil {
			return func(t *Thread, f *Frame) Value {
				store(t, f, rhs(t, f))
				return Value{}
			}
		}
		load := c.load(tg, b)
		return func(t *Thread, f *Frame) Value {
			old := load(t, f)
			store(t, f, op(old, rhs(t, f)))
			return Value{}
		}
	case *ast.DotExpr:
		obj := c.operand(tg.X)
		site := &value.FieldSite{Name: tg.Name.Name}
		if op == nil {
			return func(t *Thread, f *Frame) Value {
				cell := site.Get(obj(t, f).AsObject()).AsCell()
				t.setCell(cell, rhs(t, f))
				return Value{}
			}
		}
		return func(t *Thread, f *Frame) Value {
			cell := site.Get(obj(t, f).AsObject()).AsCell()
			old := cell.V
			t.setCell(cell, op(old, rhs(t, f)))
			return Value{}
		}
	case *ast.IndexExpr:
		arr, idx := c.operand(tg.X), c.operand(tg.Index)
		site := c.site(tg)
		if op == nil {
			return func(t *Thread, f *Frame) Value {
				a := arr(t, f).AsArray()
				k := arrayIndex(a, idx(t, f), site)
				t.setElem(a, k, rhs(t, f))
				return Value{}
			}
		}
		return func(t *Thread, f *Frame) Value {
			a := arr(t, f).AsArray()
			k := arrayIndex(a, idx(t, f), site)
			old := a.Elems[k]
			t.setElem(a, k, op(old, rhs(t, f)))
			return Value{}
		}
	}
	c.fail(x, "expected mutable assignment target")
	return nil
}

// updateLocal assigns a variable of the current frame, the common case of
// loop counters; `x += k` and `x -= k` on a small Nat or Int are inline.
func (c *compiler) updateLocal(x ast.Expr, i int, rhs evalFn, op binFn) evalFn {
	if op == nil {
		return func(t *Thread, f *Frame) Value {
			t.setSlot(f, i, rhs(t, f))
			return Value{}
		}
	}
	if ox, ok := x.(*ast.OpAssignExpr); ok && (ox.Op == ast.Add || ox.Op == ast.Sub) {
		p, _ := c.operandType(ox).(types.Prim)
		k, ok := c.smallConst(ox.Value)
		if ok && k != math.MinInt64 && (p == types.Nat || p == types.Int) {
			kv, delta := value.Int(k), k
			if ox.Op == ast.Sub {
				delta = -k
			}
			natural := p == types.Nat
			return func(t *Thread, f *Frame) Value {
				a := f.slots[i]
				if a.Ref == nil {
					x := int64(a.Bits)
					if s := x + delta; (s >= x) == (delta >= 0) && (!natural || s >= 0) {
						t.setSlot(f, i, Value{Bits: uint64(s)})
						return Value{}
					}
				}
				t.setSlot(f, i, op(a, kv))
				return Value{}
			}
		}
	}
	return func(t *Thread, f *Frame) Value {
		old := f.slots[i]
		t.setSlot(f, i, op(old, rhs(t, f)))
		return Value{}
	}
}
