package interp

import "github.com/mori-lang/mori/ast"

// Non-local exits inside strict expressions.
//
// Blocks and loops check Thread.ctl after every step, but a strict
// expression (an operator, a call, a constructor) uses its operands'
// values right away. When an operand may exit (`f(return 1)`, or an `if`
// with a `break` in a call's argument), the operand is wrapped to panic
// with jumpSignal once it has exited, and the expression to recover it and
// hand the pending exit on. Code without such operands pays nothing.

// strict reports whether e evaluates its operands through operand.
func strict(e ast.Expr) bool {
	switch e.(type) {
	case *ast.UnaryExpr, *ast.BinaryExpr, *ast.AndExpr, *ast.OrExpr, *ast.AssignExpr,
		*ast.OpAssignExpr, *ast.TupleExpr, *ast.ProjExpr, *ast.RecordExpr, *ast.DotExpr,
		*ast.VariantExpr, *ast.OptExpr, *ast.ArrayExpr, *ast.IndexExpr, *ast.CallExpr,
		*ast.DebugShowExpr, *ast.AssertExpr, *ast.AwaitExpr, *ast.ThrowExpr, *ast.ToCandidExpr, *ast.FromCandidExpr:
		return true
	}
	return false
}

// operand compiles an operand of a strict expression.
func (c *compiler) operand(e ast.Expr) evalFn {
	fn := c.expr(e)
	if !c.mayJump(e) {
		return fn
	}
	return func(t *Thread, f *Frame) Value {
		v := fn(t, f)
		if t.ctl != ctlNone {
			panic(jumpSignal{})
		}
		return v
	}
}

// guardJumps makes a strict expression stop quietly when an operand exits.
func guardJumps(fn evalFn) evalFn {
	return func(t *Thread, f *Frame) (v Value) {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(jumpSignal); !ok {
					panic(r)
				}
				v = Value{}
			}
		}()
		return fn(t, f)
	}
}

// mayJump reports whether evaluating e may leave it by break, continue,
// return or `!` (conservatively: targets inside e are not told apart).
func (c *compiler) mayJump(e ast.Expr) bool {
	if j, ok := c.jumps[e]; ok {
		return j
	}
	var j bool
	switch e.(type) {
	case *ast.BreakExpr, *ast.ContinueExpr, *ast.ReturnExpr, *ast.BangExpr:
		j = true
	case *ast.FuncExpr, *ast.AsyncExpr:
		j = false
	default:
		forEachChild(e, func(x ast.Expr) {
			if !j && c.mayJump(x) {
				j = true
			}
		})
	}
	c.jumps[e] = j
	return j
}

// forEachChild calls visit on the expressions directly inside e that run
// when e does (not the bodies of functions and classes).
func forEachChild(e ast.Expr, visit func(ast.Expr)) {
	opt := func(x ast.Expr) {
		if x != nil {
			visit(x)
		}
	}
	decs := func(ds []ast.Dec) {
		for _, d := range ds {
			switch d := d.(type) {
			case *ast.ExprDec:
				visit(d.X)
			case *ast.LetDec:
				visit(d.Value)
			case *ast.VarDec:
				visit(d.Value)
			}
		}
	}
	switch e := e.(type) {
	case *ast.UnaryExpr:
		visit(e.X)
	case *ast.BinaryExpr:
		visit(e.X)
		visit(e.Y)
	case *ast.AndExpr:
		visit(e.X)
		visit(e.Y)
	case *ast.OrExpr:
		visit(e.X)
		visit(e.Y)
	case *ast.AssignExpr:
		visit(e.Target)
		visit(e.Value)
	case *ast.OpAssignExpr:
		visit(e.Target)
		visit(e.Value)
	case *ast.TupleExpr:
		for _, x := range e.Elems {
			visit(x)
		}
	case *ast.ParenExpr:
		visit(e.X)
	case *ast.ProjExpr:
		visit(e.X)
	case *ast.RecordExpr:
		for _, b := range e.Bases {
			visit(b)
		}
		for _, fl := range e.Fields {
			visit(fl.Value)
		}
	case *ast.DotExpr:
		visit(e.X)
	case *ast.VariantExpr:
		opt(e.Arg)
	case *ast.OptExpr:
		visit(e.X)
	case *ast.BangExpr:
		visit(e.X)
	case *ast.DoOptExpr:
		visit(e.Body)
	case *ast.ArrayExpr:
		for _, x := range e.Elems {
			visit(x)
		}
	case *ast.IndexExpr:
		visit(e.X)
		visit(e.Index)
	case *ast.CallExpr:
		visit(e.Fn)
		visit(e.Arg)
	case *ast.IfExpr:
		visit(e.Cond)
		visit(e.Then)
		opt(e.Else)
	case *ast.SwitchExpr:
		visit(e.X)
		for _, cs := range e.Cases {
			visit(cs.Body)
		}
	case *ast.WhileExpr:
		visit(e.Cond)
		visit(e.Body)
	case *ast.LoopExpr:
		visit(e.Body)
		opt(e.While)
	case *ast.ForExpr:
		visit(e.Iter)
		visit(e.Body)
	case *ast.LabelExpr:
		visit(e.Body)
	case *ast.BreakExpr:
		opt(e.Value)
	case *ast.ReturnExpr:
		opt(e.Value)
	case *ast.BlockExpr:
		decs(e.Decs)
	case *ast.AnnotExpr:
		visit(e.X)
	case *ast.DebugShowExpr:
		visit(e.X)
	case *ast.IgnoreExpr:
		visit(e.X)
	case *ast.AssertExpr:
		visit(e.X)
	case *ast.ObjectExpr:
		ds := make([]ast.Dec, len(e.Fields))
		for i, fl := range e.Fields {
			ds[i] = fl.Dec
		}
		decs(ds)
	case *ast.AsyncExpr:
		visit(e.X)
	case *ast.AwaitExpr:
		visit(e.X)
	case *ast.ThrowExpr:
		visit(e.X)
	case *ast.ActorRefExpr:
		visit(e.X)
	case *ast.TryExpr:
		visit(e.Body)
		opt(e.Catch)
		opt(e.Finally)
	}
}
