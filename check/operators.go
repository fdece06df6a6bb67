package check

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// explicit reports whether x's type is determined by x itself rather than
// by context (number, text and char literals take their type from it):
// in `a + 1` the explicit side decides the literal's type. The cases follow
// moc's rules. The answers are remembered: each operator of a chain
// `1 + 1 + ... + 1` asks about the whole chain below it.
func (c *Checker) explicit(x ast.Expr) bool {
	if e, ok := c.explicitness[x]; ok {
		return e
	}
	e := c.explicitRaw(x)
	c.explicitness[x] = e
	return e
}

func (c *Checker) explicitRaw(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.LitExpr:
		return x.Kind == ast.BoolLit
	case *ast.VariantExpr, *ast.BreakExpr, *ast.ReturnExpr, *ast.ContinueExpr:
		return false
	case *ast.UnaryExpr:
		return x.Op == ast.Not || c.explicit(x.X)
	case *ast.OptExpr:
		return c.explicit(x.X)
	case *ast.DoOptExpr:
		return c.explicit(x.Body)
	case *ast.ParenExpr:
		return c.explicit(x.X)
	case *ast.ProjExpr:
		return c.explicit(x.X)
	case *ast.DotExpr:
		return c.explicit(x.X)
	case *ast.BangExpr:
		return c.explicit(x.X)
	case *ast.IndexExpr:
		return c.explicit(x.X)
	case *ast.CallExpr:
		return c.explicit(x.Fn)
	case *ast.LabelExpr:
		return c.explicit(x.Body)
	case *ast.BinaryExpr:
		return x.Op.IsRelation() || c.explicit(x.X) || c.explicit(x.Y)
	case *ast.IfExpr:
		return c.explicit(x.Then) || x.Else != nil && c.explicit(x.Else)
	case *ast.TupleExpr:
		for _, el := range x.Elems {
			if !c.explicit(el) {
				return false
			}
		}
		return true
	case *ast.RecordExpr:
		for _, b := range x.Bases {
			if !c.explicit(b) {
				return false
			}
		}
		for _, f := range x.Fields {
			if !c.explicit(f.Value) {
				return false
			}
		}
		return true
	case *ast.ArrayExpr:
		for _, el := range x.Elems {
			if c.explicit(el) {
				return true
			}
		}
		return false
	case *ast.SwitchExpr:
		if !c.explicit(x.X) {
			return false
		}
		for _, cs := range x.Cases {
			if c.explicit(cs.Body) {
				return true
			}
		}
		return false
	case *ast.BlockExpr:
		return c.explicitDecs(x.Decs)
	case *ast.FuncExpr:
		return explicitPat(x.Param) && x.Result != nil
	case *ast.LoopExpr:
		return x.While != nil
	case *ast.ObjectExpr:
		for _, f := range x.Fields {
			if !c.explicitDecs([]ast.Dec{f.Dec}) {
				return false
			}
		}
		return true
	}
	return true
}

func (c *Checker) explicitDecs(decs []ast.Dec) bool {
	for _, d := range decs {
		switch d := d.(type) {
		case *ast.ExprDec:
			if !c.explicit(d.X) {
				return false
			}
		case *ast.LetDec:
			if !c.explicit(d.Value) {
				return false
			}
		case *ast.VarDec:
			if !c.explicit(d.Value) {
				return false
			}
		case *ast.FuncDec:
			if !c.explicit(d.Func) {
				return false
			}
		case *ast.ClassDec:
			if !explicitPat(d.Param) || !c.explicitDecs(fieldDecs(d.Fields)) {
				return false
			}
		}
	}
	return true
}

func fieldDecs(fields []*ast.DecField) []ast.Dec {
	decs := make([]ast.Dec, len(fields))
	for i, f := range fields {
		decs[i] = f.Dec
	}
	return decs
}

// explicitPat reports whether a pattern's type is evident from it alone.
func explicitPat(p ast.Pat) bool {
	switch p := p.(type) {
	case *ast.WildPat, *ast.VarPat:
		return false
	case *ast.LitPat:
		return p.Lit.Kind == ast.BoolLit
	case *ast.OptPat:
		return explicitPat(p.Pat)
	case *ast.VariantPat:
		return p.Arg == nil || explicitPat(p.Arg)
	case *ast.ParenPat:
		return explicitPat(p.Pat)
	case *ast.TuplePat:
		for _, el := range p.Elems {
			if !explicitPat(el) {
				return false
			}
		}
		return true
	case *ast.RecordPat:
		for _, f := range p.Fields {
			if f.Type == nil && !explicitPat(f.Pat) {
				return false
			}
		}
		return true
	case *ast.AltPat:
		return explicitPat(p.Left) && explicitPat(p.Right)
	}
	return true // annotated
}

// inferOperands types the two operands of a binary operator.
func (c *Checker) inferOperands(e *env, x, y ast.Expr) (types.Type, types.Type) {
	switch ex, ey := c.explicit(x), c.explicit(y); {
	case ex && !ey:
		// As moc, the operator applies at the explicit side's type.
		tx := c.infer(e, x)
		c.check(e, y, types.Promote(tx))
		return tx, tx
	case !ex && ey:
		ty := c.infer(e, y)
		c.check(e, x, types.Promote(ty))
		return ty, ty
	}
	return c.infer(e, x), c.infer(e, y)
}

func binaryDefined(op ast.BinOp, p types.Prim) bool {
	switch op {
	case ast.Add, ast.Sub, ast.Mul, ast.Div, ast.Mod, ast.Pow:
		return p.IsNumeric()
	case ast.WrapAdd, ast.WrapSub, ast.WrapMul, ast.WrapPow, ast.And, ast.Or, ast.Xor,
		ast.Shl, ast.Shr, ast.Rotl, ast.Rotr:
		return p.IsFixed()
	case ast.Cat:
		return p == types.Text
	case ast.Eq, ast.Neq:
		return p != types.Region
	}
	// Ordering.
	return p.IsNumeric() || p == types.Char || p == types.Text || p == types.Blob || p == types.Principal
}

func unaryDefined(op ast.UnOp, p types.Prim) bool {
	switch op {
	case ast.Neg:
		return p.IsSigned() || p.IsFloat()
	case ast.Plus:
		return p.IsNumeric()
	case ast.BitNot:
		return p.IsFixed()
	}
	return p == types.Bool
}

// operatorError reports operand types an operator does not apply to; moc
// shows them by their definitions.
func (c *Checker) operatorError(x ast.Node, t1, t2 types.Type) {
	c.fail(x, "M0060", "operator is not defined for operand types%s\nand%s", show(types.Normalize(t1)), show(types.Normalize(t2)))
}

func (c *Checker) inferBinary(e *env, x *ast.BinaryExpr) types.Type {
	t1, t2 := c.inferOperands(e, x.X, x.Y)
	t := types.Lub(t1, t2)
	if types.Promote(t) == types.None {
		// Operands that never give a value: any operator applies.
		c.info.Operands[x] = types.None
		if x.Op.IsRelation() {
			return types.Bool
		}
		return types.None
	}
	if x.Op.IsRelation() && (x.Op == ast.Eq || x.Op == ast.Neq) {
		if _, ok := types.Promote(t).(types.Prim); !ok {
			if !types.IsShared(t) {
				c.operatorError(x, t1, t2)
			}
			c.info.Operands[x] = t
			return types.Bool
		}
	}
	p, ok := types.Promote(t).(types.Prim)
	if !ok || !binaryDefined(x.Op, p) {
		c.operatorError(x, t1, t2)
	}
	c.info.Operands[x] = p
	if x.Op.IsRelation() {
		return types.Bool
	}
	return t
}
