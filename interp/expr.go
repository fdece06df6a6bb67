package interp

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
	"path"
)

// expr compiles an expression.
func (c *compiler) expr(e ast.Expr) evalFn {
	fn := c.exprRaw(e)
	if strict(e) && c.mayJump(e) {
		fn = guardJumps(fn)
	}
	return fn
}

func constant(v Value) evalFn { return func(*Thread, *Frame) Value { return v } }

func (c *compiler) exprRaw(e ast.Expr) evalFn {
	switch x := e.(type) {
	case *ast.LitExpr:
		return constant(c.literal(x, false))
	case *ast.VarExpr:
		b, ok := c.info.Uses[x]
		if !ok {
			c.fail(x, "internal error: unresolved name %s", x.Name)
		}
		return c.load(x, b)
	case *ast.UnaryExpr:
		return c.unary(x)
	case *ast.BinaryExpr:
		return c.binary(x)
	case *ast.AndExpr:
		l, r := c.operand(x.X), c.operand(x.Y)
		return func(t *Thread, f *Frame) Value {
			if !l(t, f).AsBool() {
				return value.Bool(false)
			}
			return r(t, f)
		}
	case *ast.OrExpr:
		l, r := c.operand(x.X), c.operand(x.Y)
		return func(t *Thread, f *Frame) Value {
			if l(t, f).AsBool() {
				return value.Bool(true)
			}
			return r(t, f)
		}
	case *ast.AssignExpr:
		return c.assign(x)
	case *ast.OpAssignExpr:
		return c.opAssign(x)
	case *ast.TupleExpr:
		return c.tuple(x)
	case *ast.ParenExpr:
		return c.expr(x.X)
	case *ast.AnnotExpr:
		return c.expr(x.X)
	case *ast.ProjExpr:
		if fn := c.ofNone(x.X); fn != nil {
			return fn
		}
		tup, i := c.operand(x.X), x.Index
		return func(t *Thread, f *Frame) Value { return tup(t, f).AsTuple()[i] }
	case *ast.RecordExpr:
		return c.record(x)
	case *ast.DotExpr:
		if fn := c.ofNone(x.X); fn != nil {
			return fn
		}
		return c.dot(x)
	case *ast.VariantExpr:
		tag := x.Tag.Name
		if x.Arg == nil {
			v := value.MakeVariant(tag, Value{})
			return constant(v)
		}
		arg := c.operand(x.Arg)
		return func(t *Thread, f *Frame) Value { return value.MakeVariant(tag, arg(t, f)) }
	case *ast.OptExpr:
		arg := c.operand(x.X)
		return func(t *Thread, f *Frame) Value { return value.MakeOpt(arg(t, f)) }
	case *ast.BangExpr:
		return c.bang(x)
	case *ast.DoOptExpr:
		return c.doOpt(x)
	case *ast.ArrayExpr:
		elems := make([]evalFn, len(x.Elems))
		for i, el := range x.Elems {
			elems[i] = c.operand(el)
		}
		return func(t *Thread, f *Frame) Value {
			vs := make([]Value, len(elems))
			for i, el := range elems {
				vs[i] = el(t, f)
			}
			return value.MakeArray(vs)
		}
	case *ast.IndexExpr:
		if fn := c.ofNone(x.X); fn != nil {
			return fn
		}
		arr, idx := c.operand(x.X), c.operand(x.Index)
		site := c.site(x)
		if c.typeOf(x.X) == types.Blob {
			return func(t *Thread, f *Frame) Value {
				b, i := arr(t, f).AsBlob(), idx(t, f)
				if i.Ref != nil || i.Bits >= uint64(len(b)) {
					trap(site, "Blob index out of bounds")
				}
				return value.Word(uint64(b[i.Bits]))
			}
		}
		return func(t *Thread, f *Frame) Value {
			a := arr(t, f).AsArray()
			i := idx(t, f)
			if i.Ref != nil || i.Bits >= uint64(len(a.Elems)) {
				trap(site, "Array index out of bounds")
			}
			return a.Elems[i.Bits]
		}
	case *ast.CallExpr:
		return c.call(x)
	case *ast.IfExpr:
		return c.ifExpr(x)
	case *ast.SwitchExpr:
		return c.switchExpr(x)
	case *ast.WhileExpr:
		return c.while(x)
	case *ast.LoopExpr:
		return c.loop(x)
	case *ast.ForExpr:
		return c.forExpr(x)
	case *ast.LabelExpr:
		return c.label(x)
	case *ast.BreakExpr:
		return c.exit(ctlBreak, c.labelID(c.target(x)), x.Value)
	case *ast.ContinueExpr:
		return c.exit(ctlContinue, c.labelID(c.target(x)), nil)
	case *ast.ReturnExpr:
		return c.exit(ctlReturn, 0, x.Value)
	case *ast.BlockExpr:
		return c.block(x.Decs)
	case *ast.DebugShowExpr:
		arg, typ, site := c.operand(x.X), c.info.Types[x.X], c.site(x)
		return func(t *Thread, f *Frame) Value {
			s, fault := value.DebugShow(arg(t, f), typ)
			if fault != value.Ok {
				trap(site, fault.String())
			}
			return s
		}
	case *ast.IgnoreExpr:
		arg := c.expr(x.X)
		return func(t *Thread, f *Frame) Value {
			arg(t, f)
			return Value{}
		}
	case *ast.AssertExpr:
		cond, site := c.operand(x.X), c.site(x)
		span := x.Span
		if body, ok := c.soleAsserts[x]; ok {
			// moc's compiled code blames a function body that is just an
			// assertion as a whole.
			span = body
		}
		// The canister names the file without its folder.
		span.File = path.Base(span.File)
		msg := "assertion failed at " + span.String()
		return func(t *Thread, f *Frame) Value {
			if !cond(t, f).AsBool() {
				trap(site, msg)
			}
			return Value{}
		}
	case *ast.DebugExpr:
		return c.expr(x.X)
	case *ast.FuncExpr:
		return c.funcExpr(x)
	case *ast.ObjectExpr:
		return c.object(x)
	case *ast.AsyncExpr:
		return c.asyncExpr(x)
	case *ast.AwaitExpr:
		return c.awaitExpr(x)
	case *ast.TryExpr:
		return c.tryExpr(x)
	case *ast.ThrowExpr:
		return c.throwExpr(x)
	case *ast.ToCandidExpr:
		return c.toCandid(x)
	case *ast.FromCandidExpr:
		return c.fromCandid(x)
	case *ast.ActorRefExpr:
		return c.actorRef(x)
	}
	c.fail(e, "this expression is not supported")
	return nil
}

func (c *compiler) tuple(x *ast.TupleExpr) evalFn {
	elems := make([]evalFn, len(x.Elems))
	for i, el := range x.Elems {
		elems[i] = c.operand(el)
	}
	switch len(elems) {
	case 0:
		return constant(Value{})
	case 2:
		a, b := elems[0], elems[1]
		return func(t *Thread, f *Frame) Value {
			tup := value.NewTuple(2)
			tup.Elems[0] = a(t, f)
			tup.Elems[1] = b(t, f)
			return Value{Ref: tup}
		}
	}
	return func(t *Thread, f *Frame) Value {
		tup := value.NewTuple(len(elems))
		for i, el := range elems {
			tup.Elems[i] = el(t, f)
		}
		return Value{Ref: tup}
	}
}

// record compiles `{a = 1; var b = 2}` and `{r1 and r2 with a = 1}`. The
// result has the fields of its static type; those not given are copied
// from the bases (a mutable one into a fresh cell).
func (c *compiler) record(x *ast.RecordExpr) evalFn {
	ot, ok := c.typeOf(x).(*types.Obj)
	if !ok {
		c.fail(x, "internal error: record without object type")
	}
	names := make([]string, len(ot.Fields()))
	for i, fl := range ot.Fields() {
		names[i] = fl.Name
	}
	layout := value.LayoutOf(names)
	given := map[string]*ast.ExpField{}
	for _, fl := range x.Fields {
		given[fl.Name.Name] = fl
	}
	// The given fields run in source order (moc's), not in layout order.
	order := make([]int, 0, len(layout.Names))
	for _, fl := range x.Fields {
		order = append(order, layout.Index(fl.Name.Name))
	}
	for i, name := range layout.Names {
		if _, ok := given[name]; !ok {
			order = append(order, i)
		}
	}
	bases := make([]evalFn, len(x.Bases))
	for i, b := range x.Bases {
		bases[i] = c.operand(b)
	}
	// Each field comes from its expression or from a base.
	type source struct {
		expr evalFn
		base int // index into bases when expr is nil
		site *value.FieldSite
		mut  bool // the result field is mutable
		// baseMut says the base's field is a cell to read through.
		baseMut bool
	}
	sources := make([]source, len(layout.Names))
	for i, name := range layout.Names {
		fl, _ := ot.Field(name)
		if g, ok := given[name]; ok {
			sources[i] = source{expr: c.operand(g.Value), mut: g.Mut}
			continue
		}
		found := false
		for bi := len(x.Bases) - 1; bi >= 0 && !found; bi-- {
			bt, _ := c.typeOf(x.Bases[bi]).(*types.Obj)
			if bt == nil {
				continue
			}
			if bf, ok := bt.Field(name); ok {
				sources[i] = source{base: bi, site: &value.FieldSite{Name: name}, mut: fl.Mut, baseMut: bf.Mut}
				found = true
			}
		}
		if !found {
			c.fail(x, "internal error: field %s has no source", name)
		}
	}
	return func(t *Thread, f *Frame) Value {
		objs := make([]*value.Object, len(bases))
		for i, b := range bases {
			objs[i] = b(t, f).AsObject()
		}
		obj := value.NewObject(layout)
		vals := obj.Fields
		for _, i := range order {
			s := sources[i]
			var v Value
			if s.expr != nil {
				v = s.expr(t, f)
			} else {
				v = s.site.Get(objs[s.base])
				if s.baseMut {
					v = v.AsCell().V
				}
			}
			if s.mut {
				v = value.CellOf(v)
			}
			vals[i] = v
		}
		return Value{Ref: obj}
	}
}

// dot compiles `x.name`: a field of an object or module, or a built-in
// method of an array, Text or Blob taken as a function value.
func (c *compiler) dot(x *ast.DotExpr) evalFn {
	ot, ok := c.typeOf(x.X).(*types.Obj)
	if !ok {
		return c.builtinMethodValue(x)
	}
	fl, ok := ot.Field(x.Name.Name)
	if !ok {
		c.fail(x, "internal error: no field %s", x.Name.Name)
	}
	site := &value.FieldSite{Name: x.Name.Name}
	if v, ok := x.X.(*ast.VarExpr); ok && ot.Sort == ast.Module && !fl.Mut {
		if holder, ok := c.imported[c.info.Uses[v]]; ok {
			// `M.f` of an imported module, the commonest call: the
			// module's value, not the name bound to it.
			return func(*Thread, *Frame) Value { return site.Get(holder.AsObject()) }
		}
	}
	obj := c.operand(x.X)
	if ot.Sort == ast.Actor {
		return c.actorMember(x, obj)
	}
	if fl.Mut {
		return func(t *Thread, f *Frame) Value { return site.Get(obj(t, f).AsObject()).AsCell().V }
	}
	return func(t *Thread, f *Frame) Value { return site.Get(obj(t, f).AsObject()) }
}

func (c *compiler) ifExpr(x *ast.IfExpr) evalFn {
	cond, then := c.expr(x.Cond), c.expr(x.Then)
	jumps := c.mayJump(x.Cond)
	if x.Else == nil {
		return func(t *Thread, f *Frame) Value {
			v := cond(t, f)
			if jumps && t.ctl != ctlNone {
				return Value{}
			}
			if v.AsBool() {
				then(t, f)
			}
			return Value{}
		}
	}
	els := c.expr(x.Else)
	return func(t *Thread, f *Frame) Value {
		v := cond(t, f)
		if jumps && t.ctl != ctlNone {
			return Value{}
		}
		if v.AsBool() {
			return then(t, f)
		}
		return els(t, f)
	}
}

// switchExpr tries the cases in order; no match traps.
func (c *compiler) switchExpr(x *ast.SwitchExpr) evalFn {
	if tup, pats, ok := c.tupleSwitch(x); ok {
		return c.switchElems(x, tup, pats)
	}
	scrut := c.expr(x.X)
	jumps := c.mayJump(x.X)
	arms := make([]arm, len(x.Cases))
	for i, cs := range x.Cases {
		arms[i] = c.arm(cs.Pat, cs.Body)
	}
	site := c.switchSite(x)
	return func(t *Thread, f *Frame) Value {
		v := scrut(t, f)
		if jumps && t.ctl != ctlNone {
			return Value{}
		}
		for i := range arms {
			a := &arms[i]
			fr := f
			if a.fresh != nil {
				fr = newFrame(a.fresh.size, f, t.gen())
			}
			if a.match(t, fr, v) {
				return a.body(t, fr)
			}
		}
		trap(site, "pattern failed")
		return Value{}
	}
}

// switchSite is where a switch without a matching case traps: moc reports
// it at the last case.
func (c *compiler) switchSite(x *ast.SwitchExpr) *ast.Span {
	if len(x.Cases) > 0 {
		return c.site(x.Cases[len(x.Cases)-1])
	}
	return c.site(x)
}

// tupleSwitch recognises `switch (a, b) { case (p, q) ...; case _ ... }`,
// an idiom for matching values together: the scrutinee is a tuple written
// out, none of whose elements can jump, and each case a tuple pattern of as
// many elements or a wildcard (nil).
func (c *compiler) tupleSwitch(x *ast.SwitchExpr) (*ast.TupleExpr, [][]ast.Pat, bool) {
	scrut := x.X
	for {
		p, ok := scrut.(*ast.ParenExpr)
		if !ok {
			break
		}
		scrut = p.X
	}
	tup, ok := scrut.(*ast.TupleExpr)
	if !ok || len(tup.Elems) < 2 || c.mayJump(tup) {
		return nil, nil, false
	}
	pats := make([][]ast.Pat, len(x.Cases))
	for i, cs := range x.Cases {
		switch p := barePattern(cs.Pat).(type) {
		case *ast.WildPat:
		case *ast.TuplePat:
			if len(p.Elems) != len(tup.Elems) {
				return nil, nil, false
			}
			pats[i] = p.Elems
		default:
			return nil, nil, false
		}
	}
	return tup, pats, true
}

// switchElems compiles a tupleSwitch: the elements are evaluated onto the
// argument stack and each case matches them one by one, so the tuple is
// never built.
func (c *compiler) switchElems(x *ast.SwitchExpr, tup *ast.TupleExpr, pats [][]ast.Pat) evalFn {
	n := len(tup.Elems)
	elems := make([]evalFn, n)
	for i, el := range tup.Elems {
		elems[i] = c.expr(el)
	}
	type elemsArm struct {
		match []matcher // nil for a wildcard case
		body  evalFn
		fresh *scope
	}
	arms := make([]elemsArm, len(x.Cases))
	for i, cs := range x.Cases {
		a := &arms[i]
		a.fresh = c.armScope(ast.PatVars(cs.Pat), func() {
			if pats[i] != nil {
				a.match = make([]matcher, n)
				for j, p := range pats[i] {
					a.match[j] = c.pattern(p)
				}
			}
			a.body = c.expr(cs.Body)
		})
	}
	site := c.switchSite(x)
	return func(t *Thread, f *Frame) Value {
		vs := t.pushArgs(n)
		for i, el := range elems {
			vs[i] = el(t, f)
		}
	arms:
		for i := range arms {
			a := &arms[i]
			fr := f
			if a.fresh != nil {
				fr = newFrame(a.fresh.size, f, t.gen())
			}
			for j, m := range a.match {
				if !m(t, fr, vs[j]) {
					continue arms
				}
			}
			t.popArgs(n)
			return a.body(t, fr)
		}
		t.popArgs(n)
		trap(site, "pattern failed")
		return Value{}
	}
}

// arm is a pattern and the code in its scope: a switch case or a for loop.
type arm struct {
	match matcher
	body  evalFn
	// fresh is the scope of the frame to make for each match; nil when the
	// names live in the enclosing frame.
	fresh *scope
}

// arm compiles a pattern and the body in its scope, which gets a frame of
// its own per match when in a loop and captured by a closure.
func (c *compiler) arm(p ast.Pat, body ast.Expr) arm {
	var a arm
	a.fresh = c.armScope(ast.PatVars(p), func() { a.match, a.body = c.pattern(p), c.expr(body) })
	return a
}

// armScope declares an arm's names ids and compiles the arm (compile) in
// their scope: the enclosing frame's, or, returned, a scope whose frame is
// made per match when the arm is in a loop and a closure captures a name.
func (c *compiler) armScope(ids []*ast.Ident, compile func()) *scope {
	if !c.needsFreshFrame(ids) {
		for _, id := range ids {
			c.declare(id, false)
		}
		compile()
		return nil
	}
	outer, loops := c.scope, c.loopDepth
	sc := &scope{parent: outer}
	c.scope, c.loopDepth, c.leaf = sc, 0, false
	for _, id := range ids {
		c.declare(id, false)
	}
	compile()
	c.scope, c.loopDepth = outer, loops
	return sc
}

// target is the label a break or continue leaves.
func (c *compiler) target(x ast.Expr) ast.Expr {
	l, ok := c.info.Labels[x]
	if !ok {
		c.fail(x, "internal error: unresolved label")
	}
	return l
}

// exit compiles break, continue and return: evaluate the value, then set
// the pending exit for the enclosing blocks and loops to act on.
func (c *compiler) exit(kind ctl, target int, val ast.Expr) evalFn {
	if val == nil {
		return func(t *Thread, f *Frame) Value {
			t.ctl, t.target, t.val = kind, target, Value{}
			return Value{}
		}
	}
	v := c.expr(val)
	return func(t *Thread, f *Frame) Value {
		r := v(t, f)
		if t.ctl != ctlNone {
			return Value{}
		}
		t.ctl, t.target, t.val = kind, target, r
		return Value{}
	}
}

func (c *compiler) label(x *ast.LabelExpr) evalFn {
	id := c.labelID(x)
	switch x.Body.(type) {
	case *ast.WhileExpr, *ast.LoopExpr, *ast.ForExpr:
		c.loopLabel = id
	}
	body := c.expr(x.Body)
	return func(t *Thread, f *Frame) Value {
		v := body(t, f)
		if t.ctl == ctlBreak && t.target == id {
			v, t.ctl, t.val = t.val, ctlNone, Value{}
		}
		return v
	}
}

func (c *compiler) doOpt(x *ast.DoOptExpr) evalFn {
	id := c.labelID(x)
	c.doOpts = append(c.doOpts, id)
	body := c.block(x.Body.Decs)
	c.doOpts = c.doOpts[:len(c.doOpts)-1]
	return func(t *Thread, f *Frame) Value {
		v := body(t, f)
		if t.ctl != ctlNone {
			if t.ctl == ctlBreak && t.target == id {
				t.ctl = ctlNone
				return value.Null
			}
			return Value{}
		}
		return value.MakeOpt(v)
	}
}

// bang is `x!`: the payload of an option, or leave the `do ?` with null.
func (c *compiler) bang(x *ast.BangExpr) evalFn {
	if len(c.doOpts) == 0 {
		c.fail(x, "internal error: `!` outside `do ?`")
	}
	id := c.doOpts[len(c.doOpts)-1]
	arg := c.expr(x.X)
	jumps := c.mayJump(x.X)
	return func(t *Thread, f *Frame) Value {
		v := arg(t, f)
		if jumps && t.ctl != ctlNone {
			return Value{}
		}
		if v.IsNull() {
			t.ctl, t.target = ctlBreak, id
			return Value{}
		}
		return v.OptPayload()
	}
}

// ofNone compiles a projection, field, index or call of an operand x of
// type None: x never gives a value, so only x runs.
func (c *compiler) ofNone(x ast.Expr) evalFn {
	if c.typeOf(x) != types.None {
		return nil
	}
	return c.expr(x)
}
