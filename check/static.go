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
	case *ast.LitExpr, *ast.FuncExpr, *ast.VarExpr:
	case *ast.UnaryExpr:
		// A signed number literal is one literal to moc.
		if lit, ok := x.X.(*ast.LitExpr); !ok || x.Op == ast.Not || x.Op == ast.BitNot || !isNumLit(lit) {
			c.nonStatic(x)
		}
	case *ast.VariantExpr:
		if x.Arg != nil {
			c.staticExpr(x.Arg)
		}
	case *ast.OptExpr:
		c.staticExpr(x.X)
	case *ast.ParenExpr:
		c.staticExpr(x.X)
	case *ast.TupleExpr:
		for _, el := range x.Elems {
			c.staticExpr(el)
		}
	case *ast.ArrayExpr:
		if x.Mut {
			c.nonStatic(x)
		}
		for _, el := range x.Elems {
			c.staticExpr(el)
		}
	case *ast.ObjectExpr:
		c.checkStatic(x.Fields)
	case *ast.RecordExpr:
		for _, b := range x.Bases {
			c.staticExpr(b)
		}
		for _, f := range x.Fields {
			if f.Mut {
				c.nonStatic(f)
			}
			c.staticExpr(f.Value)
		}
	case *ast.ProjExpr:
		c.staticExpr(x.X)
	case *ast.DotExpr:
		c.staticExpr(x.X)
	case *ast.AnnotExpr:
		c.staticExpr(x.X)
	case *ast.IgnoreExpr:
		c.staticExpr(x.X)
	case *ast.DoOptExpr:
		c.staticExpr(x.Body)
	case *ast.BlockExpr:
		for _, d := range x.Decs {
			c.staticDec(d)
		}
	default:
		c.nonStatic(x)
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
