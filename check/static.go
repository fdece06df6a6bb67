package check

import "github.com/mori-lang/mori/ast"

// checkStatic enforces moc's rule that a module's fields can be computed
// without evaluation: values, functions, objects of such, names and field
// accesses, but no calls, operators or mutable state (M0014).
func (c *Checker) checkStatic(fields []*ast.DecField) {
	for _, f := range fields {
		c.staticDec(f.Dec)
	}
}

func (c *Checker) staticDec(d ast.Dec) {
	switch d := d.(type) {
	case *ast.ExprDec:
		c.staticExpr(d.X)
	case *ast.LetDec:
		c.staticPat(d.Pat)
		c.staticExpr(d.Value)
		if d.Else != nil {
			c.staticExpr(d.Else)
		}
	case *ast.VarDec:
		c.nonStatic(d)
	}
}

func (c *Checker) nonStatic(n ast.Node) {
	c.fail(n, "M0014", "non-static expression in library, module or migration expression")
}

func (c *Checker) staticExpr(x ast.Expr) {
	switch x := x.(type) {
	case nil, *ast.LitExpr, *ast.FuncExpr, *ast.VarExpr:
		return
	case *ast.UnaryExpr:
		// A signed number literal is one literal to moc.
		if lit, ok := x.X.(*ast.LitExpr); !ok || x.Op == ast.Not || x.Op == ast.BitNot || !isNumLit(lit) {
			c.nonStatic(x)
		}
		return
	case *ast.ArrayExpr:
		if x.Mut {
			c.nonStatic(x)
		}
	case *ast.RecordExpr:
		for _, f := range x.Fields {
			if f.Mut {
				c.nonStatic(f)
			}
		}
	case *ast.ObjectExpr:
		c.checkStatic(x.Fields)
		return
	case *ast.BlockExpr:
		for _, d := range x.Decs {
			c.staticDec(d)
		}
		return
	case *ast.VariantExpr, *ast.OptExpr, *ast.ParenExpr, *ast.TupleExpr, *ast.ProjExpr,
		*ast.DotExpr, *ast.AnnotExpr, *ast.IgnoreExpr, *ast.DoOptExpr, *ast.ActorRefExpr:
		// Values built from static parts, and projections of them.
	default:
		c.nonStatic(x)
	}
	for _, part := range children(x) {
		c.staticExpr(part)
	}
}

// staticPat allows only patterns that cannot fail.
func (c *Checker) staticPat(p ast.Pat) {
	switch p := p.(type) {
	case *ast.WildPat, *ast.VarPat:
	case *ast.AnnotPat:
		c.staticPat(p.Pat) // `let x : T = e` annotates e, to moc
	case *ast.ParenPat:
		c.staticPat(p.Pat)
	case *ast.TuplePat:
		for _, el := range p.Elems {
			c.staticPat(el)
		}
	case *ast.RecordPat:
		for _, f := range p.Fields {
			c.staticPat(f.Pat)
		}
	default:
		c.fail(p, "M0015", "only trivial patterns allowed in static expressions")
	}
}
