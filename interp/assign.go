package interp

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/value"
)

// Assignments `target := value` and `target op= value`. The target's
// location (object, array and index) is evaluated before the value.

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
		store := c.store(tg, b)
		if op == nil {
			return func(t *Thread, f *Frame) Value {
				store(f, rhs(t, f))
				return Value{}
			}
		}
		load := c.load(tg, b)
		return func(t *Thread, f *Frame) Value {
			old := load(t, f)
			store(f, op(old, rhs(t, f)))
			return Value{}
		}
	case *ast.DotExpr:
		obj := c.operand(tg.X)
		site := &value.FieldSite{Name: tg.Name.Name}
		return func(t *Thread, f *Frame) Value {
			cell := site.Get(obj(t, f).AsObject()).AsCell()
			v := rhs(t, f)
			if op != nil {
				v = op(cell.V, v)
			}
			setCell(cell, v)
			return Value{}
		}
	case *ast.IndexExpr:
		arr, idx := c.operand(tg.X), c.operand(tg.Index)
		site := c.site(tg)
		return func(t *Thread, f *Frame) Value {
			a := arr(t, f).AsArray()
			i := idx(t, f)
			v := rhs(t, f)
			k := arrayIndex(a, i, site)
			if op != nil {
				v = op(a.Elems[k], v)
			}
			setElem(a, k, v)
			return Value{}
		}
	}
	c.fail(x, "expected mutable assignment target")
	return nil
}
