package check

import (
	"fmt"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// Definedness: the declarations of a block run in order, so a declaration
// must not use a name of its block that is declared further down, whether
// directly or through functions it uses, which may run now (M0016). Direct
// uses were already reported by the checker (M0055); this pass follows the
// functions: `func g() = f(); let y = g(); func f() = ...` uses g, which
// needs f, before f is defined.

// definer checks the blocks of one program, after type checking.
type definer struct {
	c *Checker
	// later holds, per binding of the block being walked, the names its
	// value uses when called (the free names of its function bodies).
	later map[*types.Binding][]*types.Binding
}

func (c *Checker) checkDefinedness(decs []ast.Dec) {
	d := &definer{c: c, later: map[*types.Binding][]*types.Binding{}}
	d.block(decs, &uses{}, false)
}

// uses collects the names code uses now (eager) and those its functions
// use when called (delayed).
type uses struct {
	eager, delayed []*types.Binding
}

// add merges inner into u; everything is delayed when the inner code is.
func (u *uses) add(inner *uses, delayed bool) {
	if delayed {
		u.delayed = append(append(u.delayed, inner.eager...), inner.delayed...)
		return
	}
	u.eager = append(u.eager, inner.eager...)
	u.delayed = append(u.delayed, inner.delayed...)
}

// block checks one declaration list (and, through dec, the blocks nested
// in it) and adds what it uses to u.
func (d *definer) block(decs []ast.Dec, u *uses, delayed bool) {
	pending, here := map[*types.Binding]bool{}, map[*types.Binding]bool{}
	for _, dec := range decs {
		for _, b := range d.declared(dec) {
			pending[b], here[b] = true, true
		}
	}
	for _, dec := range decs {
		var du uses
		d.dec(dec, &du)
		for _, b := range d.declared(dec) {
			d.later[b] = append(d.later[b], du.delayed...)
		}
		for _, b := range du.eager {
			if pending[b] {
				continue // a direct forward use: reported by the checker
			}
			if missing := d.needs(b, pending, here); missing != nil {
				panic(&Error{Span: dec.Where(), Kind: "definedness error", Code: "M0016",
					Msg: fmt.Sprintf("cannot use %s before %s has been defined", b.Name, missing.Name)})
			}
		}
		for _, b := range d.declared(dec) {
			delete(pending, b)
		}
		u.add(&du, delayed)
	}
}

// needs finds a pending name that using b may reach through functions.
// Only the block's own names (here) lead anywhere: a name from outside
// cannot see the block's names, and what the functions nested in a
// declaration use is already in the declaration's own list.
func (d *definer) needs(b *types.Binding, pending, here map[*types.Binding]bool) *types.Binding {
	if !here[b] {
		return nil
	}
	seen := map[*types.Binding]bool{b: true}
	work := []*types.Binding{b}
	for len(work) > 0 {
		next := work[len(work)-1]
		work = work[:len(work)-1]
		for _, dep := range d.later[next] {
			if pending[dep] {
				return dep
			}
			if here[dep] && !seen[dep] {
				seen[dep] = true
				work = append(work, dep)
			}
		}
	}
	return nil
}

// declared lists the bindings a declaration introduces.
func (d *definer) declared(dec ast.Dec) []*types.Binding {
	var ids []*ast.Ident
	switch dec := dec.(type) {
	case *ast.LetDec:
		ids = ast.PatVars(dec.Pat)
	case *ast.VarDec:
		ids = []*ast.Ident{dec.Name}
	case *ast.FuncDec:
		ids = []*ast.Ident{dec.Func.Name}
	case *ast.ClassDec:
		ids = []*ast.Ident{dec.Name}
	}
	out := make([]*types.Binding, 0, len(ids))
	for _, id := range ids {
		if b := d.c.info.Defs[id]; b != nil {
			out = append(out, b)
		}
	}
	return out
}

// dec adds what running a declaration uses to u.
func (d *definer) dec(dec ast.Dec, u *uses) {
	switch dec := dec.(type) {
	case *ast.ExprDec:
		d.expr(dec.X, u, false)
	case *ast.LetDec:
		d.expr(dec.Value, u, false)
		d.expr(dec.Else, u, false)
	case *ast.VarDec:
		d.expr(dec.Value, u, false)
	case *ast.FuncDec:
		d.expr(dec.Func.Body, u, true)
	case *ast.ClassDec:
		d.block(fieldDecs(dec.Fields), u, true)
	}
}

func (d *definer) use(b *types.Binding, u *uses, delayed bool) {
	if delayed {
		u.delayed = append(u.delayed, b)
	} else {
		u.eager = append(u.eager, b)
	}
}

func (d *definer) expr(x ast.Expr, u *uses, delayed bool) {
	switch x := x.(type) {
	case nil:
	case *ast.VarExpr:
		if b := d.c.info.Uses[x]; b != nil {
			d.use(b, u, delayed)
		}
	case *ast.FuncExpr:
		d.expr(x.Body, u, true)
	case *ast.BlockExpr:
		d.block(x.Decs, u, delayed)
	case *ast.ObjectExpr:
		d.block(fieldDecs(x.Fields), u, delayed)
	default:
		for _, child := range children(x) {
			d.expr(child, u, delayed)
		}
	}
}

// children lists the subexpressions of the expressions that have no
// scope of their own.
func children(x ast.Expr) []ast.Expr {
	switch x := x.(type) {
	case *ast.UnaryExpr:
		return []ast.Expr{x.X}
	case *ast.BinaryExpr:
		return []ast.Expr{x.X, x.Y}
	case *ast.AndExpr:
		return []ast.Expr{x.X, x.Y}
	case *ast.OrExpr:
		return []ast.Expr{x.X, x.Y}
	case *ast.AssignExpr:
		return []ast.Expr{x.Target, x.Value}
	case *ast.OpAssignExpr:
		return []ast.Expr{x.Target, x.Value}
	case *ast.TupleExpr:
		return x.Elems
	case *ast.ParenExpr:
		return []ast.Expr{x.X}
	case *ast.ProjExpr:
		return []ast.Expr{x.X}
	case *ast.RecordExpr:
		out := append([]ast.Expr(nil), x.Bases...)
		for _, f := range x.Fields {
			out = append(out, f.Value)
		}
		return out
	case *ast.DotExpr:
		return []ast.Expr{x.X}
	case *ast.VariantExpr:
		return []ast.Expr{x.Arg}
	case *ast.OptExpr:
		return []ast.Expr{x.X}
	case *ast.BangExpr:
		return []ast.Expr{x.X}
	case *ast.DoOptExpr:
		return []ast.Expr{x.Body}
	case *ast.ArrayExpr:
		return x.Elems
	case *ast.IndexExpr:
		return []ast.Expr{x.X, x.Index}
	case *ast.CallExpr:
		return []ast.Expr{x.Fn, x.Arg}
	case *ast.IfExpr:
		return []ast.Expr{x.Cond, x.Then, x.Else}
	case *ast.SwitchExpr:
		out := []ast.Expr{x.X}
		for _, cs := range x.Cases {
			out = append(out, cs.Body)
		}
		return out
	case *ast.WhileExpr:
		return []ast.Expr{x.Cond, x.Body}
	case *ast.LoopExpr:
		return []ast.Expr{x.Body, x.While}
	case *ast.ForExpr:
		return []ast.Expr{x.Iter, x.Body}
	case *ast.LabelExpr:
		return []ast.Expr{x.Body}
	case *ast.BreakExpr:
		return []ast.Expr{x.Value}
	case *ast.ReturnExpr:
		return []ast.Expr{x.Value}
	case *ast.AnnotExpr:
		return []ast.Expr{x.X}
	case *ast.DebugShowExpr:
		return []ast.Expr{x.X}
	case *ast.IgnoreExpr:
		return []ast.Expr{x.X}
	case *ast.AssertExpr:
		return []ast.Expr{x.X}
	case *ast.DebugExpr:
		return []ast.Expr{x.X}
	case *ast.ToCandidExpr:
		return x.Args
	case *ast.FromCandidExpr:
		return []ast.Expr{x.X}
	case *ast.AsyncExpr:
		return []ast.Expr{x.X}
	case *ast.AwaitExpr:
		return []ast.Expr{x.X}
	case *ast.ActorRefExpr:
		return []ast.Expr{x.X}
	}
	return nil
}
