package interp

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

func notPublic(int) bool { return false }

// decs compiles a declaration list whose names live in the current scope;
// its value is that of the last declaration.
func (c *compiler) decs(decs []ast.Dec) evalFn {
	ids, boxed := c.bindingsOf(decs, notPublic)
	for i, id := range ids {
		c.declare(id, boxed[i])
	}
	stmts := make([]evalFn, len(decs))
	for i, d := range decs {
		stmts[i] = c.dec(d)
	}
	return sequence(stmts)
}

// block compiles `{ decs }`, in a frame of its own when it is inside a loop
// and a closure captures one of its names (so each iteration has its own).
func (c *compiler) block(decs []ast.Dec) evalFn {
	ids, _ := c.bindingsOf(decs, notPublic)
	if !c.needsFreshFrame(ids) {
		return c.decs(decs)
	}
	return c.inFreshFrame(func() evalFn { return c.decs(decs) })
}

// inFreshFrame compiles code in a new scope whose frame is made each time
// the code runs. The code is not in a loop relative to that frame.
func (c *compiler) inFreshFrame(compile func() evalFn) evalFn {
	outer, loops := c.scope, c.loopDepth
	sc := &scope{parent: outer}
	c.scope, c.loopDepth, c.leaf = sc, 0, false
	body := compile()
	c.scope, c.loopDepth = outer, loops
	return func(t *Thread, f *Frame) Value {
		return body(t, newFrame(sc.size, f, t.gen()))
	}
}

// sequence runs statements in order, stopping at a pending exit.
func sequence(stmts []evalFn) evalFn {
	switch len(stmts) {
	case 0:
		return func(*Thread, *Frame) Value { return Value{} }
	case 1:
		return stmts[0]
	case 2:
		a, b := stmts[0], stmts[1]
		return func(t *Thread, f *Frame) Value {
			a(t, f)
			if t.ctl != ctlNone {
				return Value{}
			}
			return b(t, f)
		}
	}
	init, last := stmts[:len(stmts)-1], stmts[len(stmts)-1]
	return func(t *Thread, f *Frame) Value {
		for _, s := range init {
			s(t, f)
			if t.ctl != ctlNone {
				return Value{}
			}
		}
		return last(t, f)
	}
}

// dec compiles one declaration, whose names are already declared.
func (c *compiler) dec(d ast.Dec) evalFn {
	switch d := d.(type) {
	case *ast.ExprDec:
		return c.expr(d.X)
	case *ast.LetDec:
		return c.let(d.Pat, d.Value, d.Else)
	case *ast.VarDec:
		val := c.expr(d.Value)
		s, depth := c.slotOf(d.Name, c.info.Defs[d.Name])
		i, jumps := s.index, c.mayJump(d.Value)
		if s.boxed {
			return func(t *Thread, f *Frame) Value {
				v := val(t, f)
				if jumps && t.ctl != ctlNone {
					return Value{}
				}
				frameAt(f, depth).slots[i] = value.CellOf(v)
				return Value{}
			}
		}
		return func(t *Thread, f *Frame) Value {
			v := val(t, f)
			if jumps && t.ctl != ctlNone {
				return Value{}
			}
			frameAt(f, depth).slots[i] = v
			return Value{}
		}
	case *ast.FuncDec:
		fn := c.funcExpr(d.Func)
		return c.bindValue(d.Func.Name, fn)
	case *ast.ClassDec:
		return c.bindValue(d.Name, c.class(d))
	case *ast.TypeDec:
		return func(*Thread, *Frame) Value { return Value{} }
	case *ast.ImportDec:
		mod, ok := c.info.Imports[d]
		if !ok {
			c.fail(d, "internal error: import not resolved")
		}
		holder, ok := c.modules[mod]
		if !ok {
			c.fail(d, "internal error: %s is imported before it is compiled", mod.Path)
		}
		if id, ok := varPat(d.Pat); ok {
			c.imported[c.info.Defs[id]] = holder
		}
		match := c.pattern(d.Pat)
		site := c.site(d.Pat)
		return func(t *Thread, f *Frame) Value {
			if !match(t, f, *holder) {
				trap(site, "pattern failed")
			}
			return Value{}
		}
	}
	c.fail(d, "this declaration is not supported")
	return nil
}

// bindValue stores the value of fn in the slot of id and yields it.
func (c *compiler) bindValue(id *ast.Ident, fn evalFn) evalFn {
	s, depth := c.slotOf(id, c.info.Defs[id])
	i := s.index
	return func(t *Thread, f *Frame) Value {
		v := fn(t, f)
		frameAt(f, depth).slots[i] = v
		return v
	}
}

// barePattern is a pattern without the parentheses and annotations around
// it: the part of a let's pattern moc reports a failed match at (it moves
// them to the value), and what a case matches structurally.
func barePattern(p ast.Pat) ast.Pat {
	for {
		switch q := p.(type) {
		case *ast.ParenPat:
			p = q.Pat
		case *ast.AnnotPat:
			p = q.Pat
		default:
			return p
		}
	}
}

// let compiles `let pat = val`, or `let pat = val else otherwise`, whose
// otherwise part runs (and leaves the block) when the pattern fails.
func (c *compiler) let(pat ast.Pat, val ast.Expr, otherwise ast.Expr) evalFn {
	v := c.expr(val)
	jumps := c.mayJump(val)
	if id, ok := varPat(pat); ok {
		s, depth := c.slotOf(id, c.info.Defs[id])
		i := s.index
		if depth == 0 && !jumps {
			return func(t *Thread, f *Frame) Value {
				x := v(t, f)
				f.slots[i] = x
				return x
			}
		}
		return func(t *Thread, f *Frame) Value {
			x := v(t, f)
			if t.ctl != ctlNone {
				return Value{}
			}
			frameAt(f, depth).slots[i] = x
			return x
		}
	}
	match := c.pattern(pat)
	site := c.site(barePattern(pat))
	var fail evalFn
	if otherwise != nil {
		fail = c.expr(otherwise)
	}
	return func(t *Thread, f *Frame) Value {
		x := v(t, f)
		if jumps && t.ctl != ctlNone {
			return Value{}
		}
		if !match(t, f, x) {
			if fail == nil {
				trap(site, "pattern failed")
			}
			return fail(t, f)
		}
		return x
	}
}

// varPat recognises a pattern that only names its value: `x` or `x : T`.
func varPat(p ast.Pat) (*ast.Ident, bool) {
	for {
		switch q := p.(type) {
		case *ast.VarPat:
			return q.Name, true
		case *ast.ParenPat:
			p = q.Pat
		case *ast.AnnotPat:
			p = q.Pat
		default:
			return nil, false
		}
	}
}

// ---------------------------------------------------------------------------
// Objects, modules and classes

// objectBody compiles the fields of an object, module or class body in the
// current scope and returns the code that runs them and builds the object.
// self, when given, is bound to the object once it is built.
func (c *compiler) objectBody(fields []*ast.DecField, self *ast.Ident) evalFn {
	return c.objectBodyWith(fields, self, c.dec)
}

// objectBodyWith is objectBody compiling each declaration with dec.
func (c *compiler) objectBodyWith(fields []*ast.DecField, self *ast.Ident, dec func(ast.Dec) evalFn) evalFn {
	selfIndex := -1
	if self != nil {
		s := slot{scope: c.scope, index: c.scope.alloc()}
		selfIndex = s.index
		c.selfSlots[self] = s
		// The parser shares the self name's identifier with the `let` it
		// desugars `object o {...}` into, so Defs may name the outer binding
		// (declared already); the self binding is then found by slotOf.
		if b := c.info.Defs[self]; b != nil {
			if _, declared := c.slots[b]; !declared {
				c.slots[b] = s
			}
		}
	}
	decs := make([]ast.Dec, len(fields))
	for i, fl := range fields {
		decs[i] = fl.Dec
	}
	public := func(i int) bool { return fields[i].Vis == ast.Public }
	ids, boxed := c.bindingsOf(decs, public)
	for i, id := range ids {
		c.declare(id, boxed[i])
	}
	// The public names, whose slots make up the object.
	slotOf := map[string]int{}
	var names []string
	for i, d := range decs {
		if !public(i) {
			continue
		}
		one, _ := c.bindingsOf([]ast.Dec{d}, notPublic)
		for _, id := range one {
			names = append(names, id.Name)
			slotOf[id.Name] = c.slots[c.info.Defs[id]].index
		}
	}
	layout := value.LayoutOf(names)
	slots := make([]int, len(layout.Names))
	for i, n := range layout.Names {
		slots[i] = slotOf[n]
	}
	stmts := make([]evalFn, len(decs))
	for i, d := range decs {
		stmts[i] = dec(d)
	}
	return func(t *Thread, f *Frame) Value {
		for _, s := range stmts {
			s(t, f)
			if t.ctl != ctlNone {
				return Value{}
			}
		}
		o := value.NewObject(layout)
		for i, s := range slots {
			o.Fields[i] = f.slots[s]
		}
		obj := Value{Ref: o}
		if selfIndex >= 0 {
			f.slots[selfIndex] = obj
		}
		return obj
	}
}

func (c *compiler) object(x *ast.ObjectExpr) evalFn {
	if x.Sort == ast.Actor {
		migrate, mt := c.migration(x.With)
		typ := c.typeOf(x).(*types.Obj)
		body := c.inFreshFrame(func() evalFn { return c.actorBody(x.Fields, x.Name, typ, mt) })
		return func(t *Thread, f *Frame) Value {
			migrate(t, f)
			return body(t, f)
		}
	}
	return c.inFreshFrame(func() evalFn { return c.objectBody(x.Fields, x.Name) })
}

// class compiles a class declaration to the code making its constructor.
func (c *compiler) class(d *ast.ClassDec) evalFn {
	compileBody := func() evalFn { return c.objectBody(d.Fields, d.SelfName) }
	if d.Sort == ast.Actor {
		ctor := c.info.Defs[d.Name].Type.(*types.Func)
		typ := types.Promote(types.Promote(ctor.Results[0]).(*types.Async).Elem).(*types.Obj)
		rt := c.prog.actor
		compileBody = func() evalFn {
			migrate, mt := c.migration(d.With)
			body := c.actorBody(d.Fields, d.SelfName, typ, mt)
			return func(t *Thread, f *Frame) Value {
				migrate(t, f)
				// Installing is asynchronous: the caller awaits the actor.
				installed := &future{rt: rt}
				installed.settle(body(t, f))
				return Value{Ref: installed}
			}
		}
	}
	code := c.function(nil, d.Param, paramCount(d.Param), nil, compileBody)
	return func(t *Thread, f *Frame) Value { return Value{Ref: &closure{code: code, env: f}} }
}
