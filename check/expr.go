package check

import (
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// annotated types x against its annotation when it has one (the type is
// then the annotation's), else infers it.
func (c *Checker) annotated(e *env, annot ast.Type, x ast.Expr) types.Type {
	if annot == nil {
		return c.infer(e, x)
	}
	t := c.resolveType(e, annot)
	c.check(e, x, t)
	return t
}

// infer synthesises the type of x.
func (c *Checker) infer(e *env, x ast.Expr) types.Type {
	return c.record(x, c.inferRaw(e, x))
}

// check checks x against the expected type t and returns x's own type.
func (c *Checker) check(e *env, x ast.Expr, t types.Type) types.Type {
	if pre, ok := c.preInferred[x]; ok {
		// A generic call's argument, inferred to find the type arguments:
		// checking it again against the same type would learn nothing, and
		// nested generic calls would be checked exponentially often.
		delete(c.preInferred, x)
		if types.Equal(pre, t) {
			return c.record(x, pre)
		}
	}
	return c.record(x, c.checkRaw(e, x, t))
}

// expectSub reports a mismatch between an inferred and an expected type.
func (c *Checker) expectSub(e *env, x ast.Expr, actual, expected types.Type) {
	if types.Sub(actual, expected) {
		return
	}
	// moc keeps the explanation of a call even when it only repeats the
	// two types.
	_, isCall := x.(*ast.CallExpr)
	hint := ""
	if !isCall {
		hint = c.conversionHint(e, actual, expected)
	}
	c.fail(x, "M0096", "expression of type%s\ncannot produce expected type%s%s%s",
		showActual(actual), showExpanded(expected), types.Explain(actual, expected, !isCall), hint)
}

// showExpanded renders an expected type for a message: a named type by its
// definition (moc normalizes what it checks against).
func showExpanded(t types.Type) string { return show(types.Normalize(t)) }

// showActual renders an inferred type for a message: a named type by its
// name and its definition, `P = {x : Nat}`.
func showActual(t types.Type) string { return "\n  " + types.StringExpanded(t) }

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
		if ot, ok := want.(*types.Obj); ok && ot.Sort == ast.Object {
			if len(x.Bases) > 0 {
				return c.checkExtension(e, x, ot, t)
			}
			return c.checkRecord(e, x, ot)
		}
	case *ast.IfExpr:
		c.check(e, x.Cond, types.Bool)
		if x.Else == nil {
			c.expectSub(e, x, types.Unit, t)
			c.check(e, x.Then, types.Unit)
			return types.Unit
		}
		c.check(e, x.Then, t)
		c.check(e, x.Else, t)
		return t
	case *ast.SwitchExpr:
		st := c.infer(e, x.X)
		for _, cs := range x.Cases {
			inner := e.inner()
			c.bindPat(inner, cs.Pat, st)
			c.check(inner, cs.Body, t)
		}
		c.warnCases(e, "switch", x.Span, x.Cases, st)
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
		if ft, ok := want.(*types.Func); ok && len(ft.TypeParams) == 0 && len(x.TypeParams) == 0 && ft.Sort == x.Sort {
			return c.checkFuncAgainst(e, x, ft, t)
		}
	case *ast.LoopExpr:
		if x.While == nil {
			c.checkLoop(e, x)
			return types.None
		}
	case *ast.BreakExpr, *ast.ContinueExpr, *ast.ReturnExpr:
		return c.infer(e, x)
	case *ast.BangExpr:
		if e.doOpt != nil {
			// moc checks the operand of `!` against the option of what is expected.
			c.check(e, x.X, &types.Opt{Elem: t})
			return t
		}
	case *ast.CallExpr:
		return c.checkCall(e, x, t)
	case *ast.AsyncExpr:
		if at, ok := want.(*types.Async); ok {
			c.checkAsync(e, x, at)
			return t
		}
	case *ast.TryExpr:
		return c.checkTry(e, x, t)
	case *ast.FromCandidExpr:
		if _, ok := want.(*types.Opt); ok {
			c.check(e, x.X, types.Blob)
			return t
		}
	case *ast.ActorRefExpr:
		c.check(e, x.X, types.Text)
		if ot, ok := types.Normalize(t).(*types.Obj); !ok || ot.Sort != ast.Actor {
			c.fail(x, "M0090", "actor reference must have an actor type")
		}
		return t
	}
	actual := c.inferRaw(e, x)
	c.expectSub(e, x, actual, t)
	return actual
}

// checkFuncAgainst checks a function literal against an expected function
// type, as moc does: its parameter patterns against the expected
// parameters (untyped ones take them), its result annotation against the
// expected result (M0095), its body against the result.
func (c *Checker) checkFuncAgainst(e *env, x *ast.FuncExpr, want *types.Func, t types.Type) types.Type {
	if tp, ok := x.Param.(*ast.TuplePat); ok && len(want.Params) == 1 && len(tp.Elems) != 1 {
		if _, isTuple := types.Promote(want.Params[0]).(*types.Tuple); !isTuple {
			c.shapeError(tp, "M0112", "tuple", unname(want.Params[0]), "`("+strings.Repeat("_, ", max(len(tp.Elems)-1, 0))+"_)`")
		}
	}
	sig := &types.Func{Sort: x.Sort, Params: want.Params, Results: want.Results}
	if x.Result != nil {
		sig.Results = c.resolveSeq(e, x.Result)
		got, expected := types.Seq(stripNames(sig.Results)), types.Seq(stripNames(want.Results))
		if !types.Sub(got, expected) {
			c.fail(x.Body, "M0095", "function return type%s\ndoes not match expected return type%s%s",
				showActual(got), showExpanded(expected), types.Explain(got, expected, true))
		}
	}
	c.checkFunc(e, x, sig)
	return sig
}

func unname(t types.Type) types.Type {
	if n, ok := t.(*types.Named); ok {
		return n.Type
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
		fn, known := c.declFn[b]
		if c.forward[b] && known && fn == e.fn || c.signature(b) == nil {
			c.fail(x, "M0055", "cannot infer type of forward variable %s", x.Name)
		}
		c.info.Uses[x] = b
		if known && fn != e.fn {
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
		c.check(e, x.Value, tt)
		p, ok := types.Promote(tt).(types.Prim)
		if !ok || !binaryDefined(x.Op, p) {
			c.operatorError(x, tt, c.info.Types[x.Value])
		}
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
		return c.extension(e, x, nil)
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
		switch pt := types.Promote(t).(type) {
		case *types.Opt:
			return pt.Elem
		case types.Prim:
			if pt == types.Null {
				return types.None // null! always fails
			}
		}
		if t == types.None {
			return types.None
		}
		c.fail(x.X, "M0065", "expected option type before '!', but expression produces type%s", show(t))
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
		if types.Promote(t) == types.None {
			c.check(e, x.Index, types.Nat)
			return types.None
		}
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
			c.bindPat(inner, cs.Pat, st)
			t = types.Lub(t, c.infer(inner, cs.Body))
		}
		c.warnCases(e, "switch", x.Span, x.Cases, st)
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
		return c.checkLabel(e, x, types.Any)
	case *ast.BreakExpr:
		l := c.findLabel(e, x, x.Label, false)
		c.info.Labels[x] = l.node
		if x.Value != nil {
			c.check(e, x.Value, l.typ)
		} else {
			c.expectSub(e, x, types.Unit, l.typ)
		}
		return types.None
	case *ast.ContinueExpr:
		l := c.findLabel(e, x, x.Label, true)
		c.info.Labels[x] = l.node
		return types.None
	case *ast.ReturnExpr:
		if e.fn == nil {
			c.fail(x, "M0085", "misplaced return")
		}
		c.info.Returns[x] = e.fn.expr
		if r := e.fn.returned; r != nil {
			p := problem{actual: types.Unit, at: x}
			if x.Value != nil {
				p = problem{actual: c.infer(e, x.Value), at: x.Value}
			}
			*r = append(*r, p)
		} else if x.Value != nil {
			c.check(e, x.Value, e.fn.result)
		} else {
			c.expectSub(e, x, types.Unit, e.fn.result)
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
			c.fail(x, "M0063", "show is not defined for operand type%s", show(types.Promote(t)))
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
	case *ast.AsyncExpr:
		return c.checkAsync(e, x, nil)
	case *ast.AwaitExpr:
		return c.inferAwait(e, x)
	case *ast.TryExpr:
		return c.checkTry(e, x, nil)
	case *ast.ThrowExpr:
		c.check(e, x.X, types.Error)
		return types.None
	case *ast.ToCandidExpr:
		for _, arg := range x.Args {
			c.infer(e, arg)
		}
		return types.Blob
	case *ast.FromCandidExpr:
		c.fail(x, "M0176", "from_candid requires but is missing a known type (from context)")
	case *ast.ActorRefExpr:
		c.check(e, x.X, types.Text)
		c.fail(x, "M0058", "no type can be inferred for actor reference")
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

// extension types a record with bases, `{r1 and r2 with a = 1}`, as moc:
// the bound below the bases (stripped of the fields given explicitly) and
// the explicit fields. want, when checking, types the explicit fields it
// has.
func (c *Checker) extension(e *env, x *ast.RecordExpr, want *types.Obj) types.Type {
	fields := make([]types.Field, 0, len(x.Fields))
	seen := map[string]bool{}
	for _, f := range x.Fields {
		if seen[f.Name.Name] {
			c.fail(f.Name, "M0018", "duplicate field name %s in object", f.Name.Name)
		}
		seen[f.Name.Name] = true
		var t types.Type
		if wf, ok := fieldOf(want, f.Name.Name); ok && f.Type == nil {
			c.checkFieldMut(f, wf)
			t = wf.Type
			c.check(e, f.Value, t)
		} else {
			t = c.annotated(e, f.Type, f.Value)
		}
		fields = append(fields, types.Field{Name: f.Name.Name, Mut: f.Mut, Type: t})
	}
	explicit := types.NewObj(ast.Object, fields, nil)
	if len(x.Bases) == 0 {
		return explicit
	}
	var result types.Type = types.NewObj(ast.Object, nil, nil)
	fromBase := map[string]bool{}
	typeFromBase := map[string]*types.Con{}
	for _, b := range x.Bases {
		t := c.infer(e, b)
		ot, ok := types.Promote(t).(*types.Obj)
		if !ok {
			c.fail(b, "M0093", "expected object type, but expression produces type%s", showExpanded(t))
		}
		if ot.Sort == ast.Actor {
			c.fail(b, "M0178", "actors cannot serve as bases in record extensions")
		}
		var kept []types.Field
		for _, f := range ot.Fields() {
			if seen[f.Name] {
				continue // given explicitly
			}
			if f.Mut {
				// A var field copied into a new record would be shared by both.
				c.fail(b, "M0179", "base has non-aliasable var field\n  %s", f.Name)
			}
			if fromBase[f.Name] {
				c.fail(b, "M0177", "ambiguous field in base\n  %s", f.Name)
			}
			fromBase[f.Name] = true
			kept = append(kept, f)
		}
		for _, tf := range ot.TypeFields {
			if prev, ok := typeFromBase[tf.Name]; ok && !types.SameDefinition(prev, tf.Con) {
				c.fail(b, "M0177", "ambiguous type field in base\n  %s", tf.Name)
			}
			typeFromBase[tf.Name] = tf.Con
		}
		result = types.Glb(result, types.NewObj(ast.Object, kept, ot.TypeFields))
	}
	return types.Glb(result, explicit)
}

// checkExtension checks a record with bases against an expected record
// type: every field expected must be there, then the record's type must
// fit.
func (c *Checker) checkExtension(e *env, x *ast.RecordExpr, want *types.Obj, t types.Type) types.Type {
	got := c.extension(e, x, want)
	ot, _ := types.Promote(got).(*types.Obj)
	var missing []string
	for _, wf := range want.Fields() {
		if _, ok := fieldOf(ot, wf.Name); !ok {
			missing = append(missing, "'"+wf.Name+"'")
		}
	}
	if len(missing) > 0 {
		plural := ""
		if len(missing) > 1 {
			plural = "s"
		}
		c.fail(x, "M0151", "missing field%s %s from expected type%s", plural, strings.Join(missing, ", "), showExpanded(t))
	}
	c.expectSub(e, x, got, t)
	return got
}

// fieldOf finds a field of an object type that may be nil.
func fieldOf(o *types.Obj, name string) (types.Field, bool) {
	if o == nil {
		return types.Field{}, false
	}
	return o.Field(name)
}

// checkFieldMut reports a field literal whose mutability differs from the
// expected field's.
func (c *Checker) checkFieldMut(f *ast.ExpField, wf types.Field) {
	switch {
	case wf.Mut && !f.Mut:
		c.fail(f, "M0149", "expected mutable 'var' field %s of type%s\nbut found immutable field (insert 'var'?)", wf.Name, show(wf.Type))
	case !wf.Mut && f.Mut:
		c.fail(f, "M0150", "expected immutable field %s of type%s\nbut found mutable 'var' field (delete 'var'?)", wf.Name, show(wf.Type))
	}
}

func (c *Checker) checkRecord(e *env, x *ast.RecordExpr, want *types.Obj) types.Type {
	fields := make([]types.Field, 0, len(x.Fields))
	given := map[string]bool{}
	for _, f := range x.Fields {
		given[f.Name.Name] = true
		var t types.Type
		wf, wanted := want.Field(f.Name.Name)
		if !wanted {
			c.warn(e, f.Span, "M0215", "field `%s` is provided but not expected in record of type%s", f.Name.Name, show(want))
		}
		if wanted {
			c.checkFieldMut(f, wf)
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
	for _, wf := range want.Fields() {
		if !given[wf.Name] {
			c.fail(x, "M0151", "missing field '%s' from expected type%s", wf.Name, show(want))
		}
	}
	t := types.NewObj(ast.Object, fields, nil)
	c.expectSub(e, x, t, want)
	return t
}

// iterType is `{next : () -> ?T}`.
func iterType(elem types.Type) types.Type {
	return types.NewObj(ast.Object, []types.Field{
		{Name: "next", Type: &types.Func{Results: []types.Type{&types.Opt{Elem: elem}}}},
	}, nil)
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
		case t == types.Blob && name == "keys":
			return method(nil, iterType(types.Nat)), true
		case t == types.Blob && name == "get":
			return method([]types.Type{types.Nat}, types.Nat8), true
		}
	}
	return nil, false
}

func (c *Checker) inferDot(e *env, x *ast.DotExpr) types.Type {
	t := c.infer(e, x.X)
	if ft, ok := fieldType(t, x.Name.Name); ok {
		return ft
	}
	c.dotError(x, t)
	return nil
}

// fieldType is the type of field name of a value of type t: an object's
// field or a built-in method.
func fieldType(t types.Type, name string) (types.Type, bool) {
	pt := types.Promote(t)
	if pt == types.None {
		return types.None, true // None has every field
	}
	if ot, ok := pt.(*types.Obj); ok {
		if f, ok := ot.Field(name); ok {
			return f.Type, true
		}
		return nil, false
	}
	return builtinMethod(pt, name)
}

// dotError reports a field access `x.name` that t, x's type, has no field
// for.
func (c *Checker) dotError(x *ast.DotExpr, t types.Type) {
	pt := types.Promote(t)
	var names []string
	if ot, ok := pt.(*types.Obj); ok {
		for _, f := range ot.Fields() {
			names = append(names, f.Name)
		}
	}
	if _, isObj := pt.(*types.Obj); !isObj && !hasMethods(pt) {
		c.fail(x.X, "M0070", "expected object type, but expression produces type%s", show(t))
	}
	c.fail(x.Name, "M0072", "field %s does not exist in %s%s", x.Name.Name, describeObj(t), suggest("field", x.Name.Name, names))
}

// hasMethods reports whether t is a type with built-in methods.
func hasMethods(t types.Type) bool {
	_, ok := builtinMethod(t, "size")
	return ok
}

// describeObj names an object type in a message: in full when small, by
// its sort when large.
func describeObj(t types.Type) string {
	if ot, ok := types.Normalize(t).(*types.Obj); ok && len(ot.Fields())+len(ot.TypeFields) >= 16 {
		return [...]string{ast.Object: "object.", ast.Module: "module.", ast.Actor: "actor."}[ot.Sort]
	}
	return "type:" + showActual(t)
}
