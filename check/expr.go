package check

import (
	"math/big"
	"strconv"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// infer synthesises the type of x.
func (c *Checker) infer(e *env, x ast.Expr) types.Type {
	return c.record(x, c.inferRaw(e, x))
}

// check checks x against the expected type t and returns x's own type.
func (c *Checker) check(e *env, x ast.Expr, t types.Type) types.Type {
	return c.record(x, c.checkRaw(e, x, t))
}

// expectSub reports a mismatch between an inferred and an expected type.
func (c *Checker) expectSub(x ast.Expr, actual, expected types.Type) {
	if types.Sub(actual, expected) {
		return
	}
	// moc keeps the explanation of a call even when it only repeats the
	// two types.
	_, isCall := x.(*ast.CallExpr)
	c.fail(x, "M0096", "expression of type%s\ncannot produce expected type%s%s",
		showExpanded(actual), showExpanded(expected), types.Explain(actual, expected, !isCall))
}

// showExpanded renders a type for a message, a named type by its definition.
func showExpanded(t types.Type) string { return show(types.Expand(t)) }

func (c *Checker) checkRaw(e *env, x ast.Expr, t types.Type) types.Type {
	want := types.Promote(t)
	switch x := x.(type) {
	case *ast.LitExpr:
		return c.checkLit(x, unsigned, x, t)
	case *ast.UnaryExpr:
		if lit, ok := x.X.(*ast.LitExpr); ok && (x.Op == ast.Neg || x.Op == ast.Plus) && isNumLit(lit) {
			c.record(lit, c.checkLit(lit, signOf(x.Op), x, t))
			return c.info.Types[lit]
		}
		if p, ok := want.(types.Prim); ok && unaryDefined(x.Op, p) {
			c.check(e, x.X, t)
			c.info.Operands[x] = p
			return t
		}
	case *ast.BinaryExpr:
		if !x.Op.IsRelation() {
			if p, ok := want.(types.Prim); ok && binaryDefined(x.Op, p) {
				c.check(e, x.X, t)
				c.check(e, x.Y, t)
				c.info.Operands[x] = p
				return t
			}
		}
	case *ast.ParenExpr:
		return c.check(e, x.X, t)
	case *ast.TupleExpr:
		if tt, ok := want.(*types.Tuple); ok && len(tt.Elems) == len(x.Elems) {
			for i, el := range x.Elems {
				c.check(e, el, unname(tt.Elems[i]))
			}
			return t
		}
	case *ast.OptExpr:
		if ot, ok := want.(*types.Opt); ok {
			c.check(e, x.X, ot.Elem)
			return t
		}
	case *ast.VariantExpr:
		if vt, ok := want.(*types.Variant); ok {
			if tag, ok := vt.Tag(x.Tag.Name); ok {
				c.checkTagArg(e, x, tag.Type)
				return t
			}
		}
	case *ast.ArrayExpr:
		if at, ok := want.(*types.Array); ok {
			if at.Mut != x.Mut {
				kind := "immutable"
				if x.Mut {
					kind = "mutable"
				}
				c.fail(x, "M0091", "%s array expression cannot produce expected type%s", kind, showExpanded(t))
			}
			for _, el := range x.Elems {
				c.check(e, el, at.Elem)
			}
			return t
		}
	case *ast.RecordExpr:
		if ot, ok := want.(*types.Obj); ok && len(x.Bases) == 0 && ot.Sort == ast.Object {
			return c.checkRecord(e, x, ot)
		}
	case *ast.IfExpr:
		c.check(e, x.Cond, types.Bool)
		if x.Else == nil {
			c.check(e, x.Then, types.Unit)
			c.expectSub(x, types.Unit, t)
			return types.Unit
		}
		c.check(e, x.Then, t)
		c.check(e, x.Else, t)
		return t
	case *ast.SwitchExpr:
		st := c.infer(e, x.X)
		for _, cs := range x.Cases {
			inner := e.inner()
			c.checkPat(inner, cs.Pat, st)
			c.check(inner, cs.Body, t)
		}
		return t
	case *ast.BlockExpr:
		return c.checkBlock(e, x, t)
	case *ast.DoOptExpr:
		if ot, ok := want.(*types.Opt); ok {
			inner := *e
			inner.doOpt = x
			c.checkBlock(&inner, x.Body, ot.Elem)
			return t
		}
	case *ast.LabelExpr:
		return c.checkLabel(e, x, t)
	case *ast.FuncExpr:
		if ft, ok := want.(*types.Func); ok && len(ft.TypeParams) == 0 && len(x.TypeParams) == 0 && c.patType(e, x.Param) == nil {
			// Unannotated parameters take their types from the context.
			sig := &types.Func{Sort: x.Sort, Params: ft.Params, Results: ft.Results}
			if x.Result != nil {
				sig.Results = c.resolveSeq(e, x.Result)
			}
			c.checkFunc(e, x, sig)
			c.expectSub(x, sig, t)
			return sig
		}
	case *ast.LoopExpr:
		if x.While == nil {
			c.checkLoop(e, x)
			return types.None
		}
	case *ast.BreakExpr, *ast.ContinueExpr, *ast.ReturnExpr:
		return c.infer(e, x)
	case *ast.CallExpr:
		return c.checkCall(e, x, t)
	}
	actual := c.inferRaw(e, x)
	c.expectSub(x, actual, t)
	return actual
}

func unname(t types.Type) types.Type {
	if n, ok := t.(*types.Named); ok {
		return n.Type
	}
	return t
}

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
		if p == types.Nat && own == types.Int {
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
	if p, ok := types.Promote(t).(types.Prim); ok && l.Kind == ast.FloatLit && p == types.Float {
		if _, err := strconv.ParseFloat(l.Value, 64); err != nil {
			c.fail(at, "M0048", "literal out of range for type Float")
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

// explicit reports whether x's type is determined by x itself rather than
// by context (number, text and char literals take their type from it):
// in `a + 1` the explicit side decides the literal's type. The cases follow
// moc's rules.
func explicit(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.LitExpr:
		return x.Kind == ast.BoolLit
	case *ast.VariantExpr, *ast.BreakExpr, *ast.ReturnExpr, *ast.ContinueExpr:
		return false
	case *ast.UnaryExpr:
		return x.Op == ast.Not || explicit(x.X)
	case *ast.OptExpr:
		return explicit(x.X)
	case *ast.DoOptExpr:
		return explicit(x.Body)
	case *ast.ParenExpr:
		return explicit(x.X)
	case *ast.ProjExpr:
		return explicit(x.X)
	case *ast.DotExpr:
		return explicit(x.X)
	case *ast.BangExpr:
		return explicit(x.X)
	case *ast.IndexExpr:
		return explicit(x.X)
	case *ast.CallExpr:
		return explicit(x.Fn)
	case *ast.LabelExpr:
		return explicit(x.Body)
	case *ast.BinaryExpr:
		return x.Op.IsRelation() || explicit(x.X) || explicit(x.Y)
	case *ast.IfExpr:
		return explicit(x.Then) || x.Else != nil && explicit(x.Else)
	case *ast.TupleExpr:
		for _, el := range x.Elems {
			if !explicit(el) {
				return false
			}
		}
		return true
	case *ast.RecordExpr:
		for _, b := range x.Bases {
			if !explicit(b) {
				return false
			}
		}
		for _, f := range x.Fields {
			if !explicit(f.Value) {
				return false
			}
		}
		return true
	case *ast.ArrayExpr:
		for _, el := range x.Elems {
			if explicit(el) {
				return true
			}
		}
		return false
	case *ast.SwitchExpr:
		if !explicit(x.X) {
			return false
		}
		for _, cs := range x.Cases {
			if explicit(cs.Body) {
				return true
			}
		}
		return false
	case *ast.BlockExpr:
		return explicitDecs(x.Decs)
	case *ast.FuncExpr:
		return explicitPat(x.Param) && x.Result != nil
	case *ast.LoopExpr:
		return x.While != nil
	case *ast.ObjectExpr:
		for _, f := range x.Fields {
			if !explicitDecs([]ast.Dec{f.Dec}) {
				return false
			}
		}
		return true
	}
	return true
}

func explicitDecs(decs []ast.Dec) bool {
	for _, d := range decs {
		switch d := d.(type) {
		case *ast.ExprDec:
			if !explicit(d.X) {
				return false
			}
		case *ast.LetDec:
			if !explicit(d.Value) {
				return false
			}
		case *ast.VarDec:
			if !explicit(d.Value) {
				return false
			}
		case *ast.FuncDec:
			if !explicit(d.Func) {
				return false
			}
		case *ast.ClassDec:
			if !explicitPat(d.Param) || !explicitDecs(fieldDecs(d.Fields)) {
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
	switch ex, ey := explicit(x), explicit(y); {
	case ex && !ey:
		tx := c.infer(e, x)
		return tx, c.check(e, y, types.Promote(tx))
	case !ex && ey:
		ty := c.infer(e, y)
		return c.check(e, x, types.Promote(ty)), ty
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
	return p.IsNumeric() || p == types.Char || p == types.Text || p == types.Blob || p == types.Bool || p == types.Principal
}

func unaryDefined(op ast.UnOp, p types.Prim) bool {
	switch op {
	case ast.Neg:
		return p.IsSigned() || p == types.Float
	case ast.Plus:
		return p.IsNumeric()
	case ast.BitNot:
		return p.IsFixed()
	}
	return p == types.Bool
}

func (c *Checker) operatorError(x ast.Node, t1, t2 types.Type) {
	c.fail(x, "M0060", "operator is not defined for operand types%s\nand%s", show(t1), show(t2))
}

func (c *Checker) inferBinary(e *env, x *ast.BinaryExpr) types.Type {
	t1, t2 := c.inferOperands(e, x.X, x.Y)
	t := types.Lub(t1, t2)
	if x.Op.IsRelation() && (x.Op == ast.Eq || x.Op == ast.Neq) {
		if _, ok := types.Promote(t).(types.Prim); !ok {
			if !types.IsShared(t) || t == types.Any {
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

func (c *Checker) inferRaw(e *env, x ast.Expr) types.Type {
	switch x := x.(type) {
	case *ast.LitExpr:
		return litType(x, false)
	case *ast.VarExpr:
		b := e.sc.lookup(x.Name)
		if b == nil {
			c.fail(x, "M0057", "unbound variable %s%s", x.Name, suggest("variable", x.Name, e.sc.names()))
		}
		if b.Type == nil {
			c.fail(x, "M0016", "cannot infer type of forward variable %s", x.Name)
		}
		c.info.Uses[x] = b
		if fn, ok := c.declFn[b]; ok && fn != e.fn {
			b.Captured = true
		}
		return b.Type
	case *ast.UnaryExpr:
		if lit, ok := x.X.(*ast.LitExpr); ok && (x.Op == ast.Neg || x.Op == ast.Plus) && isNumLit(lit) {
			return c.record(lit, litType(lit, true))
		}
		if x.Op == ast.Not {
			c.check(e, x.X, types.Bool)
			c.info.Operands[x] = types.Bool
			return types.Bool
		}
		t := c.infer(e, x.X)
		p, ok := types.Promote(t).(types.Prim)
		if ok && x.Op == ast.Neg && p == types.Nat {
			p, t = types.Int, types.Int
		}
		if !ok || !unaryDefined(x.Op, p) {
			c.fail(x, "M0059", "operator is not defined for operand type%s", show(t))
		}
		c.info.Operands[x] = p
		return t
	case *ast.BinaryExpr:
		return c.inferBinary(e, x)
	case *ast.AndExpr:
		c.check(e, x.X, types.Bool)
		c.check(e, x.Y, types.Bool)
		return types.Bool
	case *ast.OrExpr:
		c.check(e, x.X, types.Bool)
		c.check(e, x.Y, types.Bool)
		return types.Bool
	case *ast.AssignExpr:
		tt := c.assignTarget(e, x.Target, x)
		c.check(e, x.Value, tt)
		return types.Unit
	case *ast.OpAssignExpr:
		tt := c.assignTarget(e, x.Target, x)
		p, ok := types.Promote(tt).(types.Prim)
		if !ok || !binaryDefined(x.Op, p) {
			c.operatorError(x, tt, c.infer(e, x.Value))
		}
		c.check(e, x.Value, tt)
		c.info.Operands[x] = p
		return types.Unit
	case *ast.TupleExpr:
		elems := make([]types.Type, len(x.Elems))
		for i, el := range x.Elems {
			elems[i] = c.infer(e, el)
		}
		return &types.Tuple{Elems: elems}
	case *ast.ParenExpr:
		return c.infer(e, x.X)
	case *ast.ProjExpr:
		t := c.infer(e, x.X)
		tt, ok := types.Promote(t).(*types.Tuple)
		if !ok {
			c.fail(x.X, "M0067", "expected tuple type, but expression produces type%s", show(t))
		}
		if x.Index >= len(tt.Elems) {
			c.fail(x, "M0066", "tuple projection %d is out of bounds for type%s", x.Index, show(t))
		}
		return unname(tt.Elems[x.Index])
	case *ast.RecordExpr:
		return c.inferRecord(e, x)
	case *ast.DotExpr:
		return c.inferDot(e, x)
	case *ast.VariantExpr:
		var arg types.Type = types.Unit
		if x.Arg != nil {
			arg = c.infer(e, x.Arg)
		}
		return types.NewVariant([]types.Tag{{Name: x.Tag.Name, Type: arg}})
	case *ast.OptExpr:
		return &types.Opt{Elem: c.infer(e, x.X)}
	case *ast.BangExpr:
		if e.doOpt == nil {
			c.fail(x, "M0064", "misplaced '!' (no enclosing 'do ? { ... }' expression)")
		}
		t := c.infer(e, x.X)
		ot, ok := types.Promote(t).(*types.Opt)
		if !ok {
			c.fail(x.X, "M0065", "expected option type in '!' expression, but expression produces type%s", show(t))
		}
		return ot.Elem
	case *ast.DoOptExpr:
		inner := *e
		inner.doOpt = x
		return &types.Opt{Elem: c.inferBlock(&inner, x.Body)}
	case *ast.ArrayExpr:
		var elem types.Type = types.None
		for _, el := range x.Elems {
			elem = types.Lub(elem, c.infer(e, el))
		}
		return &types.Array{Mut: x.Mut, Elem: elem}
	case *ast.IndexExpr:
		t := c.infer(e, x.X)
		switch at := types.Promote(t).(type) {
		case *types.Array:
			c.check(e, x.Index, types.Nat)
			return at.Elem
		case types.Prim:
			if at == types.Blob {
				c.check(e, x.Index, types.Nat)
				return types.Nat8
			}
		}
		c.fail(x.X, "M0075", "expected array type or Blob, but expression produces type%s", show(t))
	case *ast.CallExpr:
		return c.checkCall(e, x, nil)
	case *ast.IfExpr:
		c.check(e, x.Cond, types.Bool)
		if x.Else == nil {
			// A missing else is an empty one.
			return types.Lub(c.infer(e, x.Then), types.Unit)
		}
		return types.Lub(c.infer(e, x.Then), c.infer(e, x.Else))
	case *ast.SwitchExpr:
		st := c.infer(e, x.X)
		var t types.Type = types.None
		for _, cs := range x.Cases {
			inner := e.inner()
			c.checkPat(inner, cs.Pat, st)
			t = types.Lub(t, c.infer(inner, cs.Body))
		}
		return t
	case *ast.WhileExpr:
		c.check(e, x.Cond, types.Bool)
		c.checkLoopBody(e, x, x.Body)
		return types.Unit
	case *ast.LoopExpr:
		c.checkLoop(e, x)
		if x.While == nil {
			return types.None
		}
		return types.Unit
	case *ast.ForExpr:
		return c.checkFor(e, x)
	case *ast.LabelExpr:
		var t types.Type = types.Unit
		if x.Type != nil {
			t = c.resolveType(e, x.Type)
		}
		return c.checkLabel(e, x, t)
	case *ast.BreakExpr:
		l := c.findLabel(e, x, x.Label, false)
		c.info.Labels[x] = l.node
		if x.Value != nil {
			c.check(e, x.Value, l.typ)
		} else {
			c.expectSub(x, types.Unit, l.typ)
		}
		return types.None
	case *ast.ContinueExpr:
		l := c.findLabel(e, x, x.Label, true)
		c.info.Labels[x] = l.node
		return types.None
	case *ast.ReturnExpr:
		if e.fn == nil {
			c.fail(x, "M0084", "misplaced return")
		}
		c.info.Returns[x] = e.fn.expr
		if x.Value != nil {
			c.check(e, x.Value, e.fn.result)
		} else {
			c.expectSub(x, types.Unit, e.fn.result)
		}
		return types.None
	case *ast.BlockExpr:
		return c.inferBlock(e, x)
	case *ast.AnnotExpr:
		t := c.resolveType(e, x.Type)
		c.check(e, x.X, t)
		return t
	case *ast.DebugShowExpr:
		t := c.infer(e, x.X)
		if !types.CanShow(t) {
			c.fail(x, "M0063", "show is not defined for operand type%s", show(t))
		}
		return types.Text
	case *ast.DebugExpr:
		c.check(e, x.X, types.Unit)
		return types.Unit
	case *ast.IgnoreExpr:
		c.infer(e, x.X)
		return types.Unit
	case *ast.AssertExpr:
		c.check(e, x.X, types.Bool)
		return types.Unit
	case *ast.FuncExpr:
		return c.checkFunc(e, x, nil)
	case *ast.ObjectExpr:
		return c.checkObject(e, x)
	}
	c.fail(x, "M0000", "this expression is not supported yet")
	return nil
}

// assignTarget checks that x can be assigned and returns its type.
func (c *Checker) assignTarget(e *env, x ast.Expr, at ast.Node) types.Type {
	switch x := x.(type) {
	case *ast.VarExpr:
		t := c.infer(e, x)
		if c.info.Uses[x].Kind == types.VarBinding {
			return t
		}
	case *ast.DotExpr:
		t := c.infer(e, x)
		if ot, ok := types.Promote(c.info.Types[x.X]).(*types.Obj); ok {
			if f, ok := ot.Field(x.Name.Name); ok && f.Mut {
				return t
			}
		}
	case *ast.IndexExpr:
		t := c.infer(e, x)
		if at, ok := types.Promote(c.info.Types[x.X]).(*types.Array); ok && at.Mut {
			return t
		}
	case *ast.ParenExpr:
		return c.assignTarget(e, x.X, at)
	}
	c.fail(at, "M0073", "expected mutable assignment target")
	return nil
}

func (c *Checker) checkTagArg(e *env, x *ast.VariantExpr, t types.Type) {
	if x.Arg != nil {
		c.check(e, x.Arg, t)
	} else if !types.Sub(types.Unit, t) {
		c.fail(x, "M0096", "expression of type%s\ncannot produce expected type%s", show(types.NewVariant([]types.Tag{{Name: x.Tag.Name, Type: types.Unit}})), show(t))
	}
}

func (c *Checker) inferRecord(e *env, x *ast.RecordExpr) types.Type {
	fields := map[string]types.Field{}
	for _, b := range x.Bases {
		t := c.infer(e, b)
		ot, ok := types.Promote(t).(*types.Obj)
		if !ok {
			c.fail(b, "M0093", "expected object type, but expression produces type%s", show(t))
		}
		for _, f := range ot.Fields {
			fields[f.Name] = f
		}
	}
	// A var field copied into a new record would be shared by both, so a
	// base's var fields must be overridden.
	overridden := map[string]bool{}
	for _, f := range x.Fields {
		overridden[f.Name.Name] = true
	}
	for _, b := range x.Bases {
		for _, f := range types.Promote(c.info.Types[b]).(*types.Obj).Fields {
			if f.Mut && !overridden[f.Name] {
				c.fail(b, "M0179", "base has non-aliasable var field\n  %s", f.Name)
			}
		}
	}
	seen := map[string]bool{}
	for _, f := range x.Fields {
		if seen[f.Name.Name] {
			c.fail(f.Name, "M0019", "duplicate field name %s in object", f.Name.Name)
		}
		seen[f.Name.Name] = true
		var t types.Type
		if f.Type != nil {
			t = c.resolveType(e, f.Type)
			c.check(e, f.Value, t)
		} else {
			t = c.infer(e, f.Value)
		}
		fields[f.Name.Name] = types.Field{Name: f.Name.Name, Mut: f.Mut, Type: t}
	}
	list := make([]types.Field, 0, len(fields))
	for _, f := range fields {
		list = append(list, f)
	}
	return types.NewObj(ast.Object, list, nil)
}

func (c *Checker) checkRecord(e *env, x *ast.RecordExpr, want *types.Obj) types.Type {
	fields := make([]types.Field, 0, len(x.Fields))
	given := map[string]bool{}
	for _, f := range x.Fields {
		given[f.Name.Name] = true
		var t types.Type
		wf, wanted := want.Field(f.Name.Name)
		switch {
		case wanted && wf.Mut && !f.Mut:
			c.fail(f, "M0149", "expected mutable 'var' field %s of type%s\nbut found immutable field (insert 'var'?)", wf.Name, show(wf.Type))
		case wanted && !wf.Mut && f.Mut:
			c.fail(f, "M0150", "expected immutable field %s of type%s\nbut found mutable 'var' field (delete 'var'?)", wf.Name, show(wf.Type))
		}
		if wanted && f.Type == nil {
			t = wf.Type
			c.check(e, f.Value, t)
		} else if f.Type != nil {
			t = c.resolveType(e, f.Type)
			c.check(e, f.Value, t)
		} else {
			t = c.infer(e, f.Value)
		}
		fields = append(fields, types.Field{Name: f.Name.Name, Mut: f.Mut, Type: t})
	}
	for _, wf := range want.Fields {
		if !given[wf.Name] {
			c.fail(x, "M0151", "missing field '%s' from expected type%s", wf.Name, show(want))
		}
	}
	t := types.NewObj(ast.Object, fields, nil)
	c.expectSub(x, t, want)
	return t
}

// iterType is `{next : () -> ?T}`.
func iterType(elem types.Type) types.Type {
	return &types.Obj{Sort: ast.Object, Fields: []types.Field{
		{Name: "next", Type: &types.Func{Results: []types.Type{&types.Opt{Elem: elem}}}},
	}}
}

func method(params []types.Type, result types.Type) *types.Func {
	f := &types.Func{Params: params}
	if tup, ok := result.(*types.Tuple); !ok || len(tup.Elems) != 0 {
		f.Results = []types.Type{result}
	}
	return f
}

// builtinMethod types the methods of arrays, Text and Blob.
func builtinMethod(t types.Type, name string) (types.Type, bool) {
	switch t := t.(type) {
	case *types.Array:
		switch name {
		case "size":
			return method(nil, types.Nat), true
		case "get":
			return method([]types.Type{types.Nat}, t.Elem), true
		case "vals", "values":
			return method(nil, iterType(t.Elem)), true
		case "keys":
			return method(nil, iterType(types.Nat)), true
		case "put":
			if t.Mut {
				return method([]types.Type{types.Nat, t.Elem}, types.Unit), true
			}
		}
	case types.Prim:
		switch {
		case t == types.Text && name == "size":
			return method(nil, types.Nat), true
		case t == types.Text && name == "chars":
			return method(nil, iterType(types.Char)), true
		case t == types.Blob && name == "size":
			return method(nil, types.Nat), true
		case t == types.Blob && (name == "vals" || name == "values"):
			return method(nil, iterType(types.Nat8)), true
		}
	}
	return nil, false
}

func (c *Checker) inferDot(e *env, x *ast.DotExpr) types.Type {
	t := c.infer(e, x.X)
	pt := types.Promote(t)
	if ot, ok := pt.(*types.Obj); ok {
		if f, ok := ot.Field(x.Name.Name); ok {
			return f.Type
		}
	} else if mt, ok := builtinMethod(pt, x.Name.Name); ok {
		return mt
	}
	var names []string
	if ot, ok := pt.(*types.Obj); ok {
		for _, f := range ot.Fields {
			names = append(names, f.Name)
		}
	}
	c.fail(x.Name, "M0072", "field %s does not exist in %s%s", x.Name.Name, describeObj(t), suggest("field", x.Name.Name, names))
	return nil
}

// describeObj names an object type in a message: in full when small, by
// its sort when large.
func describeObj(t types.Type) string {
	if ot, ok := types.Normalize(t).(*types.Obj); ok && len(ot.Fields)+len(ot.TypeFields) >= 16 {
		return [...]string{ast.Object: "object.", ast.Module: "module.", ast.Actor: "actor."}[ot.Sort]
	}
	return "type:" + showExpanded(t)
}

// checkCall types an application, inferring type arguments when needed;
// want is the expected result type, or nil.
func (c *Checker) checkCall(e *env, x *ast.CallExpr, want types.Type) types.Type {
	ft := c.infer(e, x.Fn)
	f, ok := types.Promote(ft).(*types.Func)
	if !ok {
		c.fail(x.Fn, "M0097", "expected function type, but expression produces type%s", show(ft))
	}
	var targs []types.Type
	switch {
	case len(x.TypeArgs) > 0:
		if len(x.TypeArgs) != len(f.TypeParams) {
			c.fail(x, "M0099", "wrong number of type arguments: expected %d but got %d", len(f.TypeParams), len(x.TypeArgs))
		}
		targs = make([]types.Type, len(x.TypeArgs))
		for i, a := range x.TypeArgs {
			targs[i] = c.resolveType(e, a)
		}
	case len(f.TypeParams) > 0:
		targs = c.inferTypeArgs(e, x, f, want)
	}
	if len(targs) > 0 {
		for i, v := range f.TypeParams {
			bound := types.Subst(v.Bound, f.TypeParams, targs)
			if !types.Sub(targs[i], bound) {
				c.fail(x, "M0046", "type argument%s\ndoes not match parameter bound%s", show(targs[i]), show(bound))
			}
		}
		c.info.Instances[x] = targs
	}
	params := substAll(f.Params, f.TypeParams, targs)
	results := substAll(f.Results, f.TypeParams, targs)
	var pt types.Type
	if len(params) == 1 {
		pt = unname(params[0])
	} else {
		pt = &types.Tuple{Elems: params}
	}
	c.check(e, x.Arg, pt)
	rt := types.Seq(stripNames(results))
	if want != nil {
		c.expectSub(x, rt, want)
	}
	return rt
}

func substAll(ts []types.Type, vs []*types.Var, args []types.Type) []types.Type {
	if len(args) == 0 {
		return ts
	}
	out := make([]types.Type, len(ts))
	for i, t := range ts {
		out[i] = types.Subst(t, vs, args)
	}
	return out
}

func stripNames(ts []types.Type) []types.Type {
	out := make([]types.Type, len(ts))
	for i, t := range ts {
		out[i] = unname(t)
	}
	return out
}

// inferTypeArgs finds type arguments for a generic call from the types of
// the explicit arguments (and, failing that, the others and the expected
// result), taking for each variable the least type that fits.
func (c *Checker) inferTypeArgs(e *env, x *ast.CallExpr, f *types.Func, want types.Type) []types.Type {
	args := []ast.Expr{x.Arg}
	if p, ok := x.Arg.(*ast.ParenExpr); ok {
		args = []ast.Expr{p.X}
	}
	if tup, ok := x.Arg.(*ast.TupleExpr); ok && len(f.Params) != 1 {
		args = tup.Elems
	}
	bounds := make(map[*types.Var]types.Type, len(f.TypeParams))
	from := map[*types.Var]int{} // the argument that gave each bound
	vars := make(map[*types.Var]bool, len(f.TypeParams))
	for _, v := range f.TypeParams {
		vars[v] = true
	}
	if len(args) == len(f.Params) {
		// Explicit arguments first: they fix the variables; literals then
		// take the type they fixed.
		for pass := 0; pass < 2; pass++ {
			for i, a := range args {
				if explicit(a) != (pass == 0) || !mentions(f.Params[i], vars, bounds) {
					continue
				}
				if fe, ok := a.(*ast.FuncExpr); ok && !funcAnnotated(fe) {
					continue
				}
				at := c.infer(e, a) // checked again below, against the instance
				before := len(bounds)
				match(unname(f.Params[i]), at, vars, bounds)
				if len(bounds) > before {
					for v := range bounds {
						if _, ok := from[v]; !ok {
							from[v] = i
						}
					}
				}
			}
		}
	}
	if len(args) == len(f.Params) {
		// Unannotated function arguments: once their parameter types are
		// known, their bodies tell the result type.
		for i, a := range args {
			fe, ok := a.(*ast.FuncExpr)
			if !ok || funcAnnotated(fe) || !mentions(f.Params[i], vars, bounds) {
				continue
			}
			pf, ok := types.Normalize(unname(f.Params[i])).(*types.Func)
			if !ok || len(pf.TypeParams) > 0 {
				continue
			}
			params := substBounds(pf.Params, bounds)
			if anyMentions(params, vars, bounds) {
				continue
			}
			rt := c.inferLambda(e, fe, params)
			match(types.Seq(stripNames(pf.Results)), rt, vars, bounds)
		}
	}
	if want != nil {
		upper := map[*types.Var]types.Type{}
		for _, r := range f.Results {
			match(unname(r), want, vars, upper)
		}
		for _, v := range f.TypeParams {
			lo, hasLo := bounds[v]
			hi, hasHi := upper[v]
			switch {
			case hasLo && hasHi && !types.Sub(lo, hi):
				c.unsatisfiable(x, f, args, v, lo, from[v])
			case !hasLo && hasHi && hi != types.Any:
				bounds[v] = hi
			}
		}
	}
	targs := make([]types.Type, len(f.TypeParams))
	for i, v := range f.TypeParams {
		if b, ok := bounds[v]; ok {
			targs[i] = b
		} else {
			targs[i] = types.None
		}
	}
	return targs
}

// inferLambda infers the result type of an unannotated function literal
// given its parameter types (for type-argument inference only: the literal
// is checked properly afterwards).
func (c *Checker) inferLambda(e *env, f *ast.FuncExpr, params []types.Type) types.Type {
	inner := e.inner()
	inner.fn = &fnCtx{expr: f, result: types.Any}
	inner.labels = nil
	inner.doOpt = nil
	c.checkPat(inner, f.Param, types.Seq(stripNames(params)))
	return c.infer(inner, f.Body)
}

func substBounds(ts []types.Type, bounds map[*types.Var]types.Type) []types.Type {
	vs := make([]*types.Var, 0, len(bounds))
	args := make([]types.Type, 0, len(bounds))
	for v, t := range bounds {
		vs = append(vs, v)
		args = append(args, t)
	}
	return substAll(ts, vs, args)
}

func anyMentions(ts []types.Type, vars map[*types.Var]bool, bounds map[*types.Var]types.Type) bool {
	for _, t := range ts {
		if mentions(t, vars, bounds) {
			return true
		}
	}
	return false
}

// mentions reports whether t contains a variable not yet bound.
func mentions(t types.Type, vars map[*types.Var]bool, bounds map[*types.Var]types.Type) bool {
	found := false
	walk(t, func(v *types.Var) {
		if vars[v] {
			if _, ok := bounds[v]; !ok {
				found = true
			}
		}
	})
	return found
}

func walk(t types.Type, visit func(*types.Var)) {
	switch t := t.(type) {
	case *types.Var:
		visit(t)
	case *types.Named:
		walk(t.Type, visit)
	case *types.Tuple:
		for _, el := range t.Elems {
			walk(el, visit)
		}
	case *types.Opt:
		walk(t.Elem, visit)
	case *types.Array:
		walk(t.Elem, visit)
	case *types.Async:
		walk(t.Elem, visit)
	case *types.Obj:
		for _, f := range t.Fields {
			walk(f.Type, visit)
		}
	case *types.Variant:
		for _, g := range t.Tags {
			walk(g.Type, visit)
		}
	case *types.Func:
		for _, p := range t.Params {
			walk(p, visit)
		}
		for _, r := range t.Results {
			walk(r, visit)
		}
	case *types.App:
		for _, a := range t.Args {
			walk(a, visit)
		}
	}
}

// funcAnnotated reports whether a function literal's type can be inferred
// without context: annotated parameters, and a result type (written, or
// unit for a block body).
func funcAnnotated(f *ast.FuncExpr) bool {
	return explicitPat(f.Param) && (f.Result != nil || isBlock(f.Body))
}

func isBlock(x ast.Expr) bool {
	_, ok := x.(*ast.BlockExpr)
	return ok
}

// match records lower bounds for variables of pattern p from actual type a.
func match(p, a types.Type, vars map[*types.Var]bool, bounds map[*types.Var]types.Type) {
	if v, ok := p.(*types.Var); ok && vars[v] {
		if b, ok := bounds[v]; ok {
			bounds[v] = types.Lub(b, a)
		} else {
			bounds[v] = a
		}
		return
	}
	pn, an := types.Normalize(p), types.Normalize(a)
	if pa, ok := p.(*types.App); ok {
		if aa, ok := a.(*types.App); ok && aa.Con == pa.Con {
			for i := range pa.Args {
				match(pa.Args[i], aa.Args[i], vars, bounds)
			}
			return
		}
	}
	switch pt := pn.(type) {
	case *types.Tuple:
		if at, ok := an.(*types.Tuple); ok && len(at.Elems) == len(pt.Elems) {
			for i := range pt.Elems {
				match(pt.Elems[i], at.Elems[i], vars, bounds)
			}
		}
	case *types.Opt:
		if at, ok := an.(*types.Opt); ok {
			match(pt.Elem, at.Elem, vars, bounds)
		}
	case *types.Array:
		if at, ok := an.(*types.Array); ok {
			match(pt.Elem, at.Elem, vars, bounds)
		}
	case *types.Obj:
		if at, ok := an.(*types.Obj); ok {
			for _, f := range pt.Fields {
				if af, ok := at.Field(f.Name); ok {
					match(f.Type, af.Type, vars, bounds)
				}
			}
		}
	case *types.Variant:
		if at, ok := an.(*types.Variant); ok {
			for _, g := range pt.Tags {
				if ag, ok := at.Tag(g.Name); ok {
					match(g.Type, ag.Type, vars, bounds)
				}
			}
		}
	case *types.Func:
		if at, ok := an.(*types.Func); ok && len(at.Params) == len(pt.Params) && len(at.Results) == len(pt.Results) {
			for i := range pt.Params {
				match(unname(pt.Params[i]), unname(at.Params[i]), vars, bounds)
			}
			for i := range pt.Results {
				match(unname(pt.Results[i]), unname(at.Results[i]), vars, bounds)
			}
		}
	}
}

// unsatisfiable reports a type argument that no type fits: the argument
// wants it at least lo, the context at most something smaller.
func (c *Checker) unsatisfiable(x *ast.CallExpr, f *types.Func, args []ast.Expr, v *types.Var, lo types.Type, arg int) {
	argTypes := make([]types.Type, len(args))
	for i, a := range args {
		argTypes[i] = c.info.Types[a]
	}
	param := ""
	if n, ok := f.Params[arg].(*types.Named); ok {
		param = " `" + n.Name + "`"
	}
	c.fail(x, "M0098", "cannot apply function of type%s\nto argument of type%s\nbecause there is no way to satisfy subtyping\n  %s  <:  %s  (for argument%s) ",
		show(f), show(types.Seq(argTypes)), types.String(lo), v.Name, param)
}
