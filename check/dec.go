package check

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// checkDecs checks a declaration list in e's scope. When want is non-nil
// the last declaration is checked against it; the result is the type of
// the last declaration.
func (c *Checker) checkDecs(e *env, decs []ast.Dec, want types.Type) types.Type {
	return c.checkBody(e, decs, want, nil)
}

// checkBody checks the declarations of a block or object body. All the
// names of a body are in scope in all of it, as in moc: imports first, then
// type and class names, then every other name is declared up front. A
// function's signature is resolved when first needed; the declarations are
// checked in order, and a name used directly (not from inside a function)
// before its declaration has been checked is a forward reference (M0055).
// Then beforeBodies (which may publish the body's type) and function bodies
// last, which see every name of the body.
func (c *Checker) checkBody(e *env, decs []ast.Dec, want types.Type, beforeBodies func()) types.Type {
	c.checkImports(e, decs)
	c.declareTypes(e, decs)
	funcs := c.declareNames(e, decs)
	var last types.Type = types.Unit
	for i, d := range decs {
		isLast := i == len(decs)-1
		last = types.Unit
		switch d := d.(type) {
		case *ast.ExprDec:
			switch {
			case isLast && want != nil:
				last = c.check(e, d.X, want)
			case isLast:
				last = c.infer(e, d.X)
			default:
				c.check(e, d.X, types.Unit)
			}
			continue
		case *ast.LetDec:
			if name, obj := localModule(d); obj != nil && obj.Sort == ast.Module {
				b := c.info.Defs[name]
				c.signature(b)
				delete(c.forward, b)
			} else {
				c.checkLet(e, d)
			}
			if isLast {
				last = c.letType(d)
			}
		case *ast.VarDec:
			e.declare(d.Name, types.VarBinding, c.annotated(e, d.Type, d.Value))
		case *ast.FuncDec:
			b := c.info.Defs[d.Func.Name]
			if !e.trusted || d.Func.Deferred == nil {
				c.signature(b) // a trusted module's skipped function is typed when used
			}
			delete(c.forward, b)
			if isLast {
				last = funcs[d]
			}
		case *ast.ClassDec:
			c.checkClass(e, d)
			delete(c.forward, c.info.Defs[d.Name])
			if isLast {
				last = c.info.Defs[d.Name].Type // a class is its constructor
			}
		case *ast.TypeDec, *ast.ImportDec:
		default:
			c.fail(d, "M0000", "unsupported declaration")
		}
		// A declaration gives any expected unit (its value is dropped).
		if isLast && want != nil && !types.Equal(want, types.Unit) && !types.Sub(last, want) {
			c.fail(d, "M0096", "expression of type%s\ncannot produce expected type%s", showActual(last), showExpanded(want))
		}
	}
	if beforeBodies != nil {
		beforeBodies()
	}
	for _, d := range decs {
		if f, ok := d.(*ast.FuncDec); ok {
			if e.trusted && f.Func.Sort == ast.LocalFunc {
				scope, b := *e, c.info.Defs[f.Func.Name]
				c.info.Unchecked[f.Func] = func() {
					c.signature(b)
					c.checkFunc(&scope, f.Func, funcs[f])
				}
				continue
			}
			c.checkFunc(e, f.Func, funcs[f])
		}
	}
	return last
}

// declareNames declares the value names of a body before any of it is
// checked: let and var names without a type yet, functions with a signature
// resolved on first use, classes with their constructor. The returned map
// gives each function its signature once resolved.
func (c *Checker) declareNames(e *env, decs []ast.Dec) map[*ast.FuncDec]*types.Func {
	funcs := map[*ast.FuncDec]*types.Func{}
	for _, d := range decs {
		switch d := d.(type) {
		case *ast.LetDec:
			if name, obj := localModule(d); obj != nil && obj.Sort == ast.Module {
				// A module is checked when first needed, as a function's
				// signature: a class above may use a module declared below.
				b := e.declare(name, types.LetBinding, nil)
				c.forward[b] = true
				d, scope := d, *e
				c.lazy[b] = func() types.Type {
					c.checkLet(&scope, d)
					return b.Type
				}
				continue
			}
			for _, id := range ast.PatVars(d.Pat) {
				c.forward[e.declare(id, types.LetBinding, nil)] = true
			}
			if vp, annot := annotatedVar(d.Pat); vp != nil && d.Else == nil {
				// `let x : T = ...`: its type is written.
				b, scope := c.info.Defs[vp.Name], *e
				c.lazy[b] = func() types.Type { return c.resolveType(&scope, annot) }
			} else if vp, ok := d.Pat.(*ast.VarPat); ok && d.Else == nil {
				// As moc, whose first pass types every let: a value whose
				// type its syntax tells is known before its turn.
				b, value, scope := c.info.Defs[vp.Name], d.Value, *e
				if known := c.typeBySyntax(&scope, value, false); known != nil {
					c.lazy[b] = func() types.Type { return c.typeBySyntax(&scope, value, true) }
				}
			}
		case *ast.VarDec:
			c.forward[e.declare(d.Name, types.VarBinding, nil)] = true
		case *ast.FuncDec:
			b := e.declare(d.Func.Name, types.FuncBinding, nil)
			c.forward[b] = true
			f, scope := d.Func, *e
			c.lazy[b] = func() types.Type {
				if err := f.ParseDeferred(); err != nil {
					panic(passOn{err})
				}
				sig := c.funcSignature(&scope, f)
				funcs[d] = sig
				return sig
			}
		case *ast.ClassDec:
			c.declareClass(e, d)
			c.forward[c.info.Defs[d.Name]] = true
		}
	}
	return funcs
}

// typeBySyntax gives the type of an expression that its syntax tells
// without checking it: a literal, an annotation, a function whose
// parameters and result are annotated (or a block body, unit), or a block
// ending in such a function; nil for any other. Types are resolved only
// when resolve is set (else any non-nil result means there is one).
func (c *Checker) typeBySyntax(e *env, x ast.Expr, resolve bool) types.Type {
	switch x := x.(type) {
	case *ast.LitExpr:
		return litType(x, false)
	case *ast.UnaryExpr:
		if lit, ok := x.X.(*ast.LitExpr); ok && isNumLit(lit) && (x.Op == ast.Neg || x.Op == ast.Plus) {
			return litType(lit, true)
		}
	case *ast.ParenExpr:
		return c.typeBySyntax(e, x.X, resolve)
	case *ast.VarExpr:
		// A name already typed (a parameter, an earlier declaration).
		if b := e.sc.lookup(x.Name); b != nil && !c.forward[b] && b.Type != nil {
			return b.Type
		}
	case *ast.RecordExpr:
		if len(x.Bases) > 0 {
			return nil
		}
		fields := make([]types.Field, 0, len(x.Fields))
		for _, f := range x.Fields {
			var t types.Type = types.Any
			switch {
			case f.Type != nil && resolve:
				t = c.resolveType(e, f.Type)
			case f.Type == nil:
				t = c.typeBySyntax(e, f.Value, resolve)
			}
			if t == nil {
				return nil
			}
			fields = append(fields, types.Field{Name: f.Name.Name, Mut: f.Mut, Type: t})
		}
		return types.NewObj(ast.Object, fields, nil)
	case *ast.AnnotExpr:
		if !resolve {
			return types.Any
		}
		return c.resolveType(e, x.Type)
	case *ast.FuncExpr:
		if !funcAnnotated(x) {
			return nil
		}
		if !resolve {
			return types.Any
		}
		return c.funcSignature(e, x)
	case *ast.BlockExpr:
		for _, d := range x.Decs {
			switch d.(type) {
			case *ast.TypeDec, *ast.ClassDec:
				return nil // the function's types could name them
			}
		}
		if n := len(x.Decs); n > 0 {
			if fd, ok := x.Decs[n-1].(*ast.FuncDec); ok {
				return c.typeBySyntax(e, fd.Func, resolve)
			}
		}
	}
	return nil
}

// signature resolves a binding's type if it is a function's signature not
// yet needed.
func (c *Checker) signature(b *types.Binding) types.Type {
	if b.Type == nil {
		if resolve, ok := c.lazy[b]; ok {
			delete(c.lazy, b)
			b.Type = resolve()
		}
	}
	return b.Type
}

// letType is the value of a block ending in `let`: the bound value.
func (c *Checker) letType(d *ast.LetDec) types.Type {
	if t, ok := c.info.PatTypes[d.Pat]; ok {
		return t
	}
	return types.Unit
}

func (c *Checker) checkLet(e *env, d *ast.LetDec) {
	if obj, ok := d.Value.(*ast.ObjectExpr); ok && obj.Name != nil {
		if vp, ok := d.Pat.(*ast.VarPat); ok && vp.Name == obj.Name {
			// `module M {...}`: M is bound before its body, which may refer to it.
			self := e.declare(vp.Name, types.ModuleBinding, nil)
			c.info.PatTypes[d.Pat] = c.record(obj, c.checkObjectBody(e.inner(), obj, self))
			if obj.Sort == ast.Object {
				self.Kind = types.LetBinding
			}
			return
		}
	}
	if obj, ok := d.Value.(*ast.ObjectExpr); ok && obj.Name == nil && obj.Sort != ast.Module {
		if vp, ok := d.Pat.(*ast.VarPat); ok && c.forward[c.info.Defs[vp.Name]] {
			// `let a = actor {...}`: a has its type before the bodies of
			// the actor's functions, which may refer to it, as moc's first
			// pass types it from the actor's declarations.
			t := c.record(obj, c.checkObjectBody(e.inner(), obj, c.info.Defs[vp.Name]))
			c.info.PatTypes[d.Pat] = t
			e.declare(vp.Name, types.LetBinding, t)
			return
		}
	}
	// As moc: an annotation around the whole pattern types the value;
	// otherwise the value's own type is matched by the pattern.
	var t types.Type
	if annot, _ := letAnnotation(d.Pat); annot != nil {
		t = c.resolveType(e, annot)
		c.check(e, d.Value, t)
	} else {
		t = c.infer(e, d.Value)
	}
	if d.Else != nil {
		// The else part runs when the pattern fails: it is checked after
		// the pattern, as by moc, but sees none of its names (they are
		// bound only below), and must not complete.
		c.checkPat(e.inner(), d.Pat, t)
		c.check(e, d.Else, types.None)
	}
	c.bindPat(e, d.Pat, t)
	if d.Else == nil {
		c.warnPat(e, d.Pat, t)
	}
}

// letAnnotation is the type annotating a let's whole pattern, `let (p : T)
// = e`, and the pattern it annotates, or nil.
func letAnnotation(p ast.Pat) (ast.Type, ast.Pat) {
	for {
		switch q := p.(type) {
		case *ast.ParenPat:
			p = q.Pat
		case *ast.AnnotPat:
			return q.Type, q.Pat
		default:
			return nil, nil
		}
	}
}

// annotatedVar is the variable of a pattern `x : T` (in parentheses or
// not) and its annotation, or nil.
func annotatedVar(p ast.Pat) (*ast.VarPat, ast.Type) {
	t, inner := letAnnotation(p)
	if vp, ok := inner.(*ast.VarPat); ok {
		return vp, t
	}
	return nil, nil
}

// typeDef is a type or class definition whose parameters (and, for a type,
// body) remain to be resolved in e, the scope of its parameters.
type typeDef struct {
	e      *env
	params []*ast.TypeParam
	body   ast.Type // nil for a class: its body is the class's object type
	con    *types.Con
}

// declareTypes declares every type and class name of a block, and those of
// the local modules it declares (so that paths `M.T` resolve), then
// resolves the definitions: parameters first, so definitions may refer to
// each other in any order.
func (c *Checker) declareTypes(e *env, decs []ast.Dec) {
	var defs []typeDef
	c.declareTypeNames(e, decs, &defs)
	for _, d := range defs {
		d.con.Params = c.declareTypeParamNames(d.e, d.params)
	}
	for _, d := range defs {
		c.resolveBounds(d.e, d.params, d.con.Params)
	}
	var cons []*types.Con
	for _, d := range defs {
		if d.body != nil {
			d.con.Body = c.resolveType(d.e, d.body)
			cons = append(cons, d.con)
		}
	}
	if !e.trusted { // a module that checked before has passed both
		c.checkProductive(e, cons)
		c.checkExpansive(e, cons)
	}
}

// declareTypeNames declares the type names of a block in e and adds the
// definitions to resolve to defs, descending into local modules.
func (c *Checker) declareTypeNames(e *env, decs []ast.Dec, defs *[]typeDef) {
	for _, d := range decs {
		switch d := d.(type) {
		case *ast.TypeDec:
			c.declareTypeName(e, d, d.Name, d.Params, d.Type, defs)
		case *ast.ClassDec:
			c.declareTypeName(e, d, d.Name, d.TypeParams, nil, defs)
		case *ast.LetDec:
			if name, obj := localModule(d); obj != nil {
				c.declareModuleTypes(e, name, obj, defs)
			}
		}
	}
	// `let N = M.Sub` names a module too.
	for _, d := range decs {
		if ld, ok := d.(*ast.LetDec); ok {
			if vp, ok := ld.Pat.(*ast.VarPat); ok {
				if m := e.sc.lookupModule(ld.Value); m != nil && e.sc.mods[vp.Name.Name] == nil {
					e.sc.addModule(vp.Name.Name, m)
				}
			}
		}
	}
}

func (c *Checker) declareTypeName(e *env, node ast.Dec, name *ast.Ident, params []*ast.TypeParam, body ast.Type, defs *[]typeDef) {
	if _, dup := e.sc.ownType(name.Name); dup {
		c.fail(name, "M0051", "duplicate definition for type %s in block", name.Name)
	}
	if con, ok := c.predeclared[node].(*types.Con); ok {
		delete(c.predeclared, node)
		e.sc.setType(name.Name, typeEntry{con: con})
		return
	}
	con := &types.Con{Name: name.Name}
	e.sc.setType(name.Name, typeEntry{con: con})
	*defs = append(*defs, typeDef{e: e.inner(), params: params, body: body, con: con})
}

// declareModuleTypes declares the type members of a local module ahead of
// its body, which reuses them when checked.
func (c *Checker) declareModuleTypes(e *env, name *ast.Ident, obj *ast.ObjectExpr, defs *[]typeDef) {
	m, ok := c.predeclared[obj].(*modTypes)
	if ok {
		delete(c.predeclared, obj)
		e.sc.addModule(name.Name, m)
		return
	}
	inner := e.inner()
	c.declareTypeNames(inner, fieldDecs(obj.Fields), defs)
	m = &modTypes{types: map[string]*types.Con{}, mods: map[string]*modTypes{}}
	for _, f := range obj.Fields {
		public := f.Vis == ast.Public
		switch d := f.Dec.(type) {
		case *ast.TypeDec:
			c.predeclared[d] = inner.sc.ownCon(d.Name.Name)
			if public {
				m.types[d.Name.Name] = inner.sc.ownCon(d.Name.Name)
			}
		case *ast.ClassDec:
			c.predeclared[d] = inner.sc.ownCon(d.Name.Name)
			if public {
				m.types[d.Name.Name] = inner.sc.ownCon(d.Name.Name)
			}
		case *ast.LetDec:
			id, sub := localModule(d)
			if sub != nil {
				c.predeclared[sub] = inner.sc.mods[id.Name]
			}
			if vp, ok := d.Pat.(*ast.VarPat); ok && public && inner.sc.mods[vp.Name.Name] != nil {
				m.mods[vp.Name.Name] = inner.sc.mods[vp.Name.Name]
			}
		}
	}
	e.sc.addModule(name.Name, m)
}

// localModule recognises `module M {...}` and `let M = object {...}`.
func localModule(d *ast.LetDec) (*ast.Ident, *ast.ObjectExpr) {
	vp, ok := d.Pat.(*ast.VarPat)
	if !ok {
		return nil, nil
	}
	obj, ok := d.Value.(*ast.ObjectExpr)
	if !ok || obj.Sort == ast.Actor {
		return nil, nil
	}
	return vp.Name, obj
}

// checkProductive rejects definitions that only rename each other, such as
// `type T = T`, which have no meaning (and would expand forever), and, as
// moc, those that rename one of them.
func (c *Checker) checkProductive(e *env, cons []*types.Con) {
	// A definition that renames another leads to it; the bad ones end in
	// a cycle of such steps. Each walk stops where an earlier one passed
	// and takes its answer, so every definition is walked from once.
	const (
		unseen = iota
		onPath
		productive
		nonProductive
	)
	state := make(map[*types.Con]int, len(cons))
	for _, con := range cons {
		state[con] = unseen
	}
	var bad []string
	for _, con := range cons {
		var path []*types.Con
		end := productive
		for cur := con; ; {
			s, inBlock := state[cur]
			if !inBlock || s == productive {
				break
			}
			if s == onPath || s == nonProductive {
				end = nonProductive
				break
			}
			state[cur] = onPath
			path = append(path, cur)
			app, ok := cur.Body.(*types.App)
			if !ok {
				break
			}
			cur = app.Con
		}
		for _, p := range path {
			state[p] = end
			if end == nonProductive {
				bad = append(bad, p.Name)
			}
		}
	}
	if len(bad) == 0 {
		return
	}
	sort.Strings(bad)
	what := "definition"
	if len(bad) > 1 {
		what = "definitions"
	}
	panic(&Error{Span: e.span, Code: "M0157", Msg: fmt.Sprintf("block contains non-productive %s %s", what, strings.Join(bad, ", "))})
}

// funcSignature computes a function's type from its annotations.
func (c *Checker) funcSignature(e *env, f *ast.FuncExpr) *types.Func {
	inner := e.inner()
	vars := c.declareTypeParams(inner, f.TypeParams)
	ft := &types.Func{Sort: f.Sort, TypeParams: vars, Params: c.paramTypes(inner, f.Param)}
	if f.Result != nil {
		ft.Results = c.resolveSeq(inner, f.Result)
	}
	return ft
}

// checkFunc checks a function's body; sig is its signature when already
// computed.
func (c *Checker) checkFunc(e *env, f *ast.FuncExpr, sig *types.Func) types.Type {
	if err := f.ParseBody(); err != nil {
		panic(passOn{err})
	}
	inner := e.inner()
	vars := c.declareTypeParams(inner, f.TypeParams)
	if sig == nil {
		sig = &types.Func{Sort: f.Sort, TypeParams: vars, Params: c.paramTypes(inner, f.Param)}
		if f.Result != nil {
			sig.Results = c.resolveSeq(inner, f.Result)
		}
	} else {
		// Reuse the signature's variables so the body sees the same ones.
		for i, v := range sig.TypeParams {
			inner.sc.setType(v.Name, typeEntry{v: sig.TypeParams[i]})
		}
	}
	result := types.Seq(stripNames(sig.Results))
	fn := &fnCtx{expr: f, result: result}
	inner.fn = fn
	inner.labels = nil
	inner.doOpt = nil
	if f.SharedPat != nil {
		// The parameters may shadow the names of the message context.
		c.bindSharedPat(inner, f.SharedPat)
		inner = inner.inner()
	}
	c.bindPat(inner, f.Param, types.Seq(stripNames(sig.Params)))
	c.warnPat(e, f.Param, types.Seq(sig.Params))
	c.check(inner, f.Body, result)
	return sig
}

func (c *Checker) inferBlock(e *env, b *ast.BlockExpr) types.Type {
	return c.checkDecs(e.blockScope(b), b.Decs, nil)
}

func (c *Checker) checkBlock(e *env, b *ast.BlockExpr, t types.Type) types.Type {
	if len(b.Decs) == 0 {
		if !types.Sub(types.Unit, t) {
			c.fail(b, "M0136", "empty block cannot produce expected type%s", showExpanded(t))
		}
		return types.Unit
	}
	return c.checkDecs(e.blockScope(b), b.Decs, t)
}

// ---------------------------------------------------------------------------
// Loops and labels

func (c *Checker) checkLoopBody(e *env, loop ast.Expr, body ast.Expr) {
	inner := *e
	inner.labels = &label{node: loop, typ: types.Unit, next: e.labels}
	c.check(&inner, body, types.Unit)
}

func (c *Checker) checkLoop(e *env, x *ast.LoopExpr) {
	c.checkLoopBody(e, x, x.Body)
	if x.While != nil {
		c.check(e, x.While, types.Bool)
	}
}

func (c *Checker) checkFor(e *env, x *ast.ForExpr) types.Type {
	it := c.infer(e, x.Iter)
	elem, ok := iterElem(it)
	if !ok {
		c.fail(x.Iter, "M0082", "expected iterable type, but expression has type%s", show(it))
	}
	inner := e.inner()
	c.bindPat(inner, x.Pat, elem)
	c.warnPat(e, x.Pat, elem)
	c.checkLoopBody(inner, x, x.Body)
	return types.Unit
}

// iterElem finds T in an iterator type `{next : () -> ?T}`.
func iterElem(t types.Type) (types.Type, bool) {
	if types.Promote(t) == types.None {
		return types.None, true
	}
	ot, ok := types.Promote(t).(*types.Obj)
	if !ok {
		return nil, false
	}
	next, ok := ot.Field("next")
	if !ok {
		return nil, false
	}
	ft, ok := types.Promote(next.Type).(*types.Func)
	if !ok || len(ft.Params) != 0 || len(ft.Results) != 1 || len(ft.TypeParams) != 0 {
		return nil, false
	}
	opt, ok := types.Promote(ft.Results[0]).(*types.Opt)
	if !ok {
		return nil, false
	}
	return opt.Elem, true
}

// checkLabel checks `label l : T body`; without an annotation T is (), as
// in moc, whatever the context expects.
func (c *Checker) checkLabel(e *env, x *ast.LabelExpr, t types.Type) types.Type {
	var lt types.Type = types.Unit
	if x.Type != nil {
		lt = c.resolveType(e, x.Type)
	}
	inner := *e
	inner.labels = &label{name: x.Label.Name, node: x, typ: lt, next: e.labels}
	c.check(&inner, x.Body, lt)
	c.expectSub(e, x, lt, t)
	return lt
}

func (c *Checker) findLabel(e *env, x ast.Expr, id *ast.Ident, isContinue bool) *label {
	word := "break"
	if isContinue {
		word = "continue"
	}
	for l := e.labels; l != nil; l = l.next {
		if id == nil {
			if l.name == "" {
				return l
			}
			continue
		}
		if l.name != id.Name {
			continue
		}
		if isContinue && !isLoop(l.node.(*ast.LabelExpr).Body) {
			c.fail(x, "M0238", "continue outside of loop")
		}
		return l
	}
	if id == nil {
		c.fail(x, "M0238", "%s outside of loop", word)
	}
	var names []string
	for l := e.labels; l != nil; l = l.next {
		if l.name != "" {
			names = append(names, l.name)
		}
	}
	c.fail(id, "M0083", "unbound label %s%s", id.Name, suggest("label", id.Name, names))
	return nil
}

func isLoop(x ast.Expr) bool {
	switch x.(type) {
	case *ast.WhileExpr, *ast.LoopExpr, *ast.ForExpr:
		return true
	}
	return false
}

// ---------------------------------------------------------------------------
// Objects, modules and classes

// checkObject types `object {...}` and `module {...}`: the public fields
// make up the type; a self name may refer to the object inside.
func (c *Checker) checkObject(e *env, x *ast.ObjectExpr) types.Type {
	inner := e.inner()
	var self *types.Binding
	if x.Name != nil {
		self = inner.declare(x.Name, types.ModuleBinding, nil)
		inner = inner.inner()
	}
	return c.checkObjectBody(inner, x, self)
}

// checkObjectBody checks the body of an object, module or actor whose
// self name, if any, is already bound to self.
func (c *Checker) checkObjectBody(e *env, x *ast.ObjectExpr, self *types.Binding) *types.Obj {
	if x.Sort != ast.Actor {
		return c.checkFields(e, x.Sort, x.Fields, self)
	}
	c.checkMigration(e, x.With)
	body := e.actorBody()
	obj := c.checkFields(body, x.Sort, x.Fields, self)
	c.markStable(body, x.Fields, x.Persistent)
	c.checkSystemFuncs(x.Fields)
	return obj
}

// checkFields checks an object body; self, when given, receives the
// object's type before function bodies are checked.
func (c *Checker) checkFields(e *env, sort ast.ObjSort, fields []*ast.DecField, self *types.Binding) *types.Obj {
	if self != nil {
		// As moc, whose first pass types every field: an object's own name
		// used before the end of its body has the type its fields' syntax
		// tells, if it tells all of them.
		c.lazy[self] = func() types.Type {
			if obj, complete := c.objectType(e, sort, fields); complete {
				return obj
			}
			return nil
		}
	}
	return c.checkFieldsThen(e, sort, fields, func(t *types.Obj) {
		if self != nil {
			delete(c.lazy, self)
			self.Type = t
		}
	})
}

// checkFieldsThen checks an object body and calls publish with its type
// before function bodies are checked, so they may refer to it.
func (c *Checker) checkFieldsThen(e *env, sort ast.ObjSort, fields []*ast.DecField, publish func(*types.Obj)) *types.Obj {
	if sort == ast.Module && !e.trusted {
		c.checkStatic(fields)
	}
	var obj *types.Obj
	c.checkBody(e, fieldDecs(fields), nil, func() {
		obj, _ = c.objectType(e, sort, fields)
		publish(obj)
	})
	return obj
}

// objectType collects the public fields of an object body from the
// bindings its declarations made in e; complete says whether every field
// has its type yet.
func (c *Checker) objectType(e *env, sort ast.ObjSort, fields []*ast.DecField) (obj *types.Obj, complete bool) {
	complete = true
	var fs []types.Field
	var tfs []types.TypeField
	deferred := false
	for _, f := range fields {
		if f.Vis != ast.Public {
			continue
		}
		for _, id := range ast.DecNames(f.Dec) {
			c.public[id] = true
		}
		switch d := f.Dec.(type) {
		case *ast.TypeDec:
			tfs = append(tfs, types.TypeField{Name: d.Name.Name, Con: e.sc.ownCon(d.Name.Name)})
		case *ast.ClassDec:
			tfs = append(tfs, types.TypeField{Name: d.Name.Name, Con: e.sc.ownCon(d.Name.Name)})
			fs = append(fs, c.fieldOf(e, d.Name))
		case *ast.VarDec:
			if b := e.sc.vals[d.Name.Name]; b != nil {
				fs = append(fs, types.Field{Name: b.Name, Type: b.Type, Mut: true})
			}
		case *ast.FuncDec:
			if d.Func.Deferred != nil {
				fs = append(fs, types.Field{Name: d.Func.Name.Name})
				deferred = true
			} else {
				fs = append(fs, c.fieldOf(e, d.Func.Name))
			}
		case *ast.LetDec:
			for _, id := range ast.PatVars(d.Pat) {
				if b := e.sc.vals[id.Name]; b != nil && c.signature(b) != nil {
					fs = append(fs, types.Field{Name: b.Name, Type: b.Type})
				} else {
					complete = false
				}
			}
		}
	}
	if deferred {
		return types.NewLazyObj(sort, fs, tfs, func(name string) types.Type {
			return c.signature(e.sc.vals[name])
		}), complete
	}
	return types.NewObj(sort, fs, tfs), complete
}

// fieldOf makes the immutable field of a body's function or class.
func (c *Checker) fieldOf(e *env, id *ast.Ident) types.Field {
	return types.Field{Name: id.Name, Type: c.signature(e.sc.vals[id.Name])}
}

// declareClass declares a class's constructor with its signature; the
// object type is filled in when the body is checked.
func (c *Checker) declareClass(e *env, d *ast.ClassDec) {
	con := e.sc.ownCon(d.Name.Name)
	inner := e.inner()
	vars := con.Params // resolved by declareTypes
	for _, v := range vars {
		inner.sc.setType(v.Name, typeEntry{v: v})
	}
	args := make([]types.Type, len(vars))
	for i, v := range vars {
		args[i] = v
	}
	var result types.Type = &types.App{Con: con, Args: args}
	if d.Sort == ast.Actor {
		// Installing an actor class is asynchronous.
		result = &types.Async{Elem: result}
	}
	ctor := &types.Func{TypeParams: vars, Params: c.paramTypes(inner, d.Param), Results: []types.Type{result}}
	e.declare(d.Name, types.ClassBinding, ctor)
}

func (c *Checker) checkClass(e *env, d *ast.ClassDec) {
	con := e.sc.ownCon(d.Name.Name)
	ctor := e.sc.vals[d.Name.Name].Type.(*types.Func)
	inner := e.inner()
	for _, v := range con.Params {
		inner.sc.setType(v.Name, typeEntry{v: v})
	}
	inner.fn = &fnCtx{result: ctor.Results[0]}
	inner.labels = nil
	c.bindPat(inner, d.Param, types.Seq(stripNames(ctor.Params)))
	if d.Sort == ast.Actor {
		c.checkMigration(inner, d.With)
		inner = inner.actorBody()
	}
	c.warnPat(e, d.Param, types.Seq(ctor.Params))
	var self *types.Binding
	body := inner.inner()
	if d.SelfName != nil {
		self = body.declare(d.SelfName, types.LetBinding, nil)
		body = body.inner()
	}
	obj := c.checkFieldsThen(body, d.Sort, d.Fields, func(t *types.Obj) {
		con.Body = t
		if self != nil {
			self.Type = t
		}
	})
	if d.Sort == ast.Actor {
		c.markStable(body, d.Fields, d.Persistent)
		c.checkSystemFuncs(d.Fields)
	}
	if d.Result != nil {
		rt := c.resolveType(inner, d.Result)
		if !types.Sub(obj, rt) {
			c.fail(d, "M0134", "class body of type%s\ndoes not match expected type%s", show(obj), showExpanded(rt))
		}
	}
}

// ---------------------------------------------------------------------------
// Imports

// checkImports binds a block's imports first: the signatures and type
// definitions of the block may name imported types.
func (c *Checker) checkImports(e *env, decs []ast.Dec) {
	for _, d := range decs {
		if imp, ok := d.(*ast.ImportDec); ok {
			c.checkImport(e, imp)
		}
	}
}

func (c *Checker) checkImport(e *env, d *ast.ImportDec) {
	mod, ok := c.info.Imports[d]
	if !ok {
		mod = c.loadModule(d)
		c.info.Imports[d] = mod
	}
	c.checkPat(e, d.Pat, mod.Type)
	for _, id := range ast.PatVars(d.Pat) {
		if b := e.sc.vals[id.Name]; b != nil {
			b.Kind = types.ModuleBinding
		}
	}
	// Messages name the module's types through the program's own import.
	if v, ok := d.Pat.(*ast.VarPat); ok && !strings.HasPrefix(d.Span.File, "mo:") {
		if obj, ok := types.Promote(mod.Type).(*types.Obj); ok {
			for _, tf := range obj.TypeFields {
				if tf.Con.Path == "" {
					tf.Con.Path = v.Name.Name + "." + tf.Name
				}
			}
		}
	}
}

func (c *Checker) loadModule(d *ast.ImportDec) *types.Module {
	// The same path from the same folder names the same module: siblings
	// in a package import each other many times.
	from := importFrom{d.Path, path.Dir(d.Span.File)}
	if m, ok := c.resolved[from]; ok {
		return m
	}
	src, err := c.importer(d.Path, d.Span.File)
	if nf, ok := err.(*NotFoundError); ok {
		panic(&Error{Span: d.Span, Kind: "import error", Code: "M0009", Msg: nf.Msg})
	} else if err != nil {
		panic(passOn{err})
	}
	if m, ok := c.modules[src.Path]; ok {
		c.resolved[from] = m
		return m
	}
	if c.loading[src.Path] {
		c.fail(d, "M0003", "file %s must not depend on itself", src.Path)
	}
	c.loading[src.Path] = true
	defer delete(c.loading, src.Path)
	mod := &types.Module{Path: src.Path, Program: src.Program, Library: src.Library}
	if src.Program != nil {
		c.phase("Parsing", src.Path)
	}
	if src.Program == nil {
		mod.Prim = true
		mod.Type = c.primModuleType(src.Prims, src.PrimTypes)
	} else {
		mod.Type = c.moduleType(mod, src)
	}
	c.modules[src.Path] = mod
	c.resolved[from] = mod
	c.order = append(c.order, mod)
	return mod
}

// importFrom is an import path and the folder of the file it is written in.
type importFrom struct{ path, dir string }

// loadImports loads the modules a file imports before the file itself is
// checked, in moc's order (depth first).
func (c *Checker) loadImports(decs []ast.Dec) {
	for _, d := range decs {
		if imp, ok := d.(*ast.ImportDec); ok {
			c.info.Imports[imp] = c.loadModule(imp)
		}
	}
}

// moduleType checks a library file: imports followed by one module. A
// library of plain declarations is, as moc still accepts with a warning, a
// module exporting all of them: its declarations are rewritten so.
func (c *Checker) moduleType(mod *types.Module, src *Source) types.Type {
	prog := src.Program
	e := &env{c: c, sc: newScope(universe), file: prog.File, span: prog.Span, quiet: src.Library}
	declared := len(c.declared)
	wrapped := !isModuleUnit(prog.Decs)
	if wrapped {
		wrapDecs(prog)
	}
	c.loadImports(prog.Decs)
	key := c.moduleKey(mod, src)
	e.trusted = key != "" && c.Verdicts.Passed(key)
	name := path.Base(prog.File)
	c.phase("Checking", name)
	t := c.checkDecs(e, prog.Decs, nil)
	c.phase("Definedness", name)
	if !e.trusted {
		c.checkDefinedness(prog.Decs)
	}
	if _, ok := types.Promote(t).(*types.Obj); !ok {
		c.fail(prog, "M0142", "a library must be a module or an actor class")
	}
	if wrapped {
		at := ast.Pos{Line: 0, Col: 1}
		c.warn(e, ast.Span{File: prog.File, Start: at, End: at}, "M0142",
			"deprecated syntax: an imported library should be a module or named actor class")
	}
	c.warnUnused(c.declared[declared:])
	if key != "" && !e.trusted {
		c.Verdicts.RecordPass(key)
	}
	return t
}

// moduleKey is the key of a library module for Verdicts: a hash of its path,
// its source's digest and the keys of what it imports; "" when it has none
// (no Verdicts, not a library, or an import without a key).
func (c *Checker) moduleKey(mod *types.Module, src *Source) string {
	if c.Verdicts == nil || !src.Library || src.Digest == "" {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "%q %q", src.Path, src.Digest)
	for _, d := range src.Program.Decs {
		if imp, ok := d.(*ast.ImportDec); ok {
			m := c.info.Imports[imp]
			k := c.keys[m]
			if m.Prim {
				k = m.Path
			}
			if k == "" {
				return ""
			}
			fmt.Fprintf(h, " %q", k)
		}
	}
	key := hex.EncodeToString(h.Sum(nil))
	c.keys[mod] = key
	return key
}

// isModuleUnit reports whether a library's declarations, after its imports,
// are one module (or actor, or class), as moc requires of a library.
func isModuleUnit(decs []ast.Dec) bool {
	var body []ast.Dec
	for _, d := range decs {
		if _, ok := d.(*ast.ImportDec); !ok {
			body = append(body, d)
		}
	}
	if len(body) != 1 {
		return false
	}
	switch d := body[0].(type) {
	case *ast.ExprDec:
		_, ok := d.X.(*ast.ObjectExpr)
		return ok
	case *ast.LetDec:
		_, isVar := d.Pat.(*ast.VarPat)
		_, isObj := d.Value.(*ast.ObjectExpr)
		return isVar && isObj
	case *ast.ClassDec:
		return true
	}
	return false
}

// wrapDecs turns a library's non-import declarations into the public
// fields of one module expression.
func wrapDecs(prog *ast.Program) {
	var decs []ast.Dec
	var fields []*ast.DecField
	for _, d := range prog.Decs {
		if _, ok := d.(*ast.ImportDec); ok {
			decs = append(decs, d)
			continue
		}
		fields = append(fields, &ast.DecField{Span: d.Where(), Vis: ast.Public, Dec: d})
	}
	module := &ast.ObjectExpr{Span: prog.Span, Sort: ast.Module, Fields: fields}
	prog.Decs = append(decs, &ast.ExprDec{Span: prog.Span, X: module})
}

func (c *Checker) primModuleType(prims, defs map[string]ast.Type) types.Type {
	e := &env{c: c, sc: newScope(universe)}
	fields := make([]types.Field, 0, len(prims))
	for name, t := range prims {
		fields = append(fields, types.Field{Name: name, Type: c.resolveType(e, t)})
	}
	// moc's prim module also names every primitive type under `Types`.
	var tfs []types.TypeField
	for name, p := range types.PrimByName {
		tfs = append(tfs, types.TypeField{Name: name, Con: &types.Con{Name: name, Body: p}})
	}
	tfs = append(tfs, types.TypeField{Name: "Any", Con: &types.Con{Name: "Any", Body: types.Any}},
		types.TypeField{Name: "None", Con: &types.Con{Name: "None", Body: types.None}})
	typesModule := types.NewObj(ast.Module, nil, tfs)
	fields = append(fields, types.Field{Name: "Types", Type: typesModule})
	var defined []types.TypeField
	for name, t := range defs {
		defined = append(defined, types.TypeField{Name: name, Con: &types.Con{Name: name, Body: c.resolveType(e, t)}})
	}
	return types.NewObj(ast.Module, fields, defined)
}
