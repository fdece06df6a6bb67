package check

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// resolveType turns type syntax into a type.
func (c *Checker) resolveType(e *env, t ast.Type) types.Type {
	switch t := t.(type) {
	case *ast.PathType:
		return c.resolvePath(e, t)
	case *ast.TupleType:
		elems := make([]types.Type, len(t.Elems))
		for i, el := range t.Elems {
			elems[i] = c.resolveTupleElem(e, el)
		}
		return &types.Tuple{Elems: elems}
	case *ast.ParenType:
		if t.Name != nil {
			// `(implicit : (name : T))`: names are kept, implicit
			// parameters are recognised by them.
			return &types.Named{Name: t.Name.Name, Type: c.resolveType(e, t.Type)}
		}
		return c.resolveType(e, t.Type)
	case *ast.OptType:
		return &types.Opt{Elem: c.resolveType(e, t.Elem)}
	case *ast.ArrayType:
		return &types.Array{Mut: t.Mut, Elem: c.resolveType(e, t.Elem)}
	case *ast.AsyncType:
		paren, single := t.Elem.(*ast.ParenType)
		if single {
			_, single = paren.Type.(*ast.TupleType)
			single = single && paren.Name == nil
		}
		return &types.Async{Star: t.Star, Elem: c.resolveType(e, t.Elem), Single: single}
	case *ast.WeakType:
		// Nothing is collected while mori runs a program, so a weak
		// reference behaves as the value itself.
		return c.resolveType(e, t.Elem)
	case *ast.ObjectType:
		fields := make([]types.Field, 0, len(t.Fields))
		seen := map[string]bool{}
		for _, f := range t.Fields {
			if seen[f.Name.Name] {
				c.fail(f.Name, "M0018", "duplicate field name %s in object type", f.Name.Name)
			}
			seen[f.Name.Name] = true
			ft := c.resolveType(e, f.Type)
			if fn, ok := ft.(*types.Func); ok && t.Sort == ast.Actor && fn.Sort == ast.LocalFunc {
				// An actor's methods are shared without saying so.
				shared := *fn
				shared.Sort = ast.SharedFunc
				ft = &shared
			}
			fields = append(fields, types.Field{Name: f.Name.Name, Mut: f.Mut, Type: ft})
		}
		return types.NewObj(t.Sort, fields, c.typeMembers(e, t.TypeMembers))
	case *ast.VariantType:
		tags := make([]types.Tag, 0, len(t.Tags))
		seenTags := map[string]bool{}
		for _, g := range t.Tags {
			if seenTags[g.Tag.Name] {
				c.fail(g.Tag, "M0018", "duplicate tag name %s in variant type", g.Tag.Name)
			}
			seenTags[g.Tag.Name] = true
			var tt types.Type = types.Unit
			if g.Type != nil {
				tt = c.resolveType(e, g.Type)
			}
			tags = append(tags, types.Tag{Name: g.Tag.Name, Type: tt})
		}
		return types.NewVariant(tags)
	case *ast.AndType:
		return c.resolveBound(e, t.X, t.Y, false)
	case *ast.OrType:
		return c.resolveBound(e, t.X, t.Y, true)
	case *ast.FuncType:
		inner := e.inner()
		vars := c.declareTypeParams(inner, t.TypeParams)
		return &types.Func{
			Sort:       t.Sort,
			TypeParams: vars,
			Params:     c.resolveSeq(inner, t.Param),
			Results:    c.resolveSeq(inner, t.Result),
		}
	}
	c.fail(t, "M0000", "unsupported type syntax")
	return nil
}

func (c *Checker) resolveTupleElem(e *env, el *ast.TupleTypeElem) types.Type {
	t := c.resolveType(e, el.Type)
	if el.Name != nil {
		return &types.Named{Name: el.Name.Name, Type: t}
	}
	return t
}

// resolveSeq resolves a function's parameter or result type into a sequence:
// a tuple type lists its elements, any other type is a single one.
func (c *Checker) resolveSeq(e *env, t ast.Type) []types.Type {
	switch t := t.(type) {
	case *ast.TupleType:
		elems := make([]types.Type, len(t.Elems))
		for i, el := range t.Elems {
			elems[i] = c.resolveTupleElem(e, el)
		}
		return elems
	case *ast.ParenType:
		if tt, ok := t.Type.(*ast.TupleType); ok {
			// `((A, B)) -> C` takes one tuple.
			return []types.Type{c.resolveType(e, tt)}
		}
		if t.Name != nil {
			return []types.Type{&types.Named{Name: t.Name.Name, Type: c.resolveType(e, t.Type)}}
		}
		return []types.Type{c.resolveType(e, t.Type)}
	}
	return []types.Type{c.resolveType(e, t)}
}

func (c *Checker) resolvePath(e *env, t *ast.PathType) types.Type {
	first := t.Path[0]
	var entry typeEntry
	if len(t.Path) == 1 {
		var ok bool
		entry, ok = e.sc.lookupType(first.Name)
		if !ok {
			c.fail(first, "M0029", "unbound type %s%s", first.Name, suggest("type", first.Name, e.sc.typeNames()))
		}
	} else {
		m, b := e.sc.lookupPathHead(first.Name)
		if m == nil && b == nil {
			c.fail(first, "M0029", "unbound type %s", joinNames(t.Path))
		}
		if m != nil {
			return c.applyEntry(e, t, typeEntry{con: c.localModuleType(t, m)})
		}
		var cur types.Type = c.signature(b)
		for i, id := range t.Path[1:] {
			obj, ok := types.Promote(cur).(*types.Obj)
			if !ok {
				c.fail(id, "M0029", "unbound type %s", joinNames(t.Path))
			}
			if i == len(t.Path)-2 {
				con, ok := obj.TypeField(id.Name)
				if !ok {
					c.fail(id, "M0030", "type field %s does not exist in type:%s", id.Name, show(obj))
				}
				entry = typeEntry{con: con}
				break
			}
			f, ok := obj.Field(id.Name)
			if !ok {
				c.fail(id, "M0029", "unbound type %s", joinNames(t.Path))
			}
			cur = f.Type
		}
	}
	return c.applyEntry(e, t, entry)
}

// localModuleType finds the definition that a path into a local module
// names.
func (c *Checker) localModuleType(t *ast.PathType, m *modTypes) *types.Con {
	rest := t.Path[1:]
	for ; len(rest) > 1; rest = rest[1:] {
		if m = m.mods[rest[0].Name]; m == nil {
			c.fail(rest[0], "M0029", "unbound type %s", joinNames(t.Path))
		}
	}
	con, ok := m.types[rest[0].Name]
	if !ok {
		c.fail(rest[0], "M0029", "unbound type %s", joinNames(t.Path))
	}
	return con
}

// applyEntry applies what a type path names to the path's arguments.
func (c *Checker) applyEntry(e *env, t *ast.PathType, entry typeEntry) types.Type {
	args := make([]types.Type, len(t.Args))
	for i, a := range t.Args {
		args[i] = c.resolveType(e, a)
	}
	switch {
	case entry.con != nil:
		if len(args) != len(entry.con.Params) {
			c.fail(t, "M0045", "wrong number of type arguments: expected %d but got %d", len(entry.con.Params), len(args))
		}
		return &types.App{Con: entry.con, Args: args}
	case entry.v != nil:
		if len(args) != 0 {
			c.fail(t, "M0045", "wrong number of type arguments: expected 0 but got %d", len(args))
		}
		return entry.v
	}
	if len(args) != 0 {
		c.fail(t, "M0045", "wrong number of type arguments: expected 0 but got %d", len(args))
	}
	return entry.typ
}

// declareTypeParams binds generic parameters in e's scope.
func (c *Checker) declareTypeParams(e *env, params []*ast.TypeParam) []*types.Var {
	vars := c.declareTypeParamNames(e, params)
	c.resolveBounds(e, params, vars)
	return vars
}

// declareTypeParamNames binds generic parameters in e's scope, bounded by
// Any until resolveBounds resolves their bounds.
func (c *Checker) declareTypeParamNames(e *env, params []*ast.TypeParam) []*types.Var {
	vars := make([]*types.Var, len(params))
	for i, p := range params {
		for _, q := range params[:i] {
			if q.Name.Name == p.Name.Name {
				c.fail(p.Name, "M0044", "duplicate type name %s in type parameter list", p.Name.Name)
			}
		}
		vars[i] = &types.Var{Name: p.Name.Name, Bound: types.Any}
		e.sc.setType(p.Name.Name, typeEntry{v: vars[i]})
	}
	return vars
}

// resolveBounds sets the bounds of the parameters vars declared for params
// in e.
func (c *Checker) resolveBounds(e *env, params []*ast.TypeParam, vars []*types.Var) {
	for i, p := range params {
		if p.Bound != nil {
			vars[i].Bound = c.resolveType(e, p.Bound)
		}
	}
}

// resolveBound resolves `x or y` (upper) or `x and y` to the bound of the
// two types. Definitions are resolved in order, as moc does, so the bound
// cannot expand a later one.
func (c *Checker) resolveBound(e *env, x, y ast.Type, upper bool) types.Type {
	tx, ty := c.resolveType(e, x), c.resolveType(e, y)
	bound, ok := types.Combine(tx, ty, upper)
	if !ok {
		what := "intersection"
		if upper {
			what = "union"
		}
		c.fail(y, "M0168", "cannot compute %s of types containing recursive or forward references to other type definitions", what)
	}
	return bound
}

// typeMembers resolves the `type T<A> = U` members of an object type.
func (c *Checker) typeMembers(e *env, decs []*ast.TypeDec) []types.TypeField {
	var members []types.TypeField
	seen := map[string]bool{}
	for _, d := range decs {
		if seen[d.Name.Name] {
			c.fail(d.Name, "M0018", "duplicate type field name %s in object type", d.Name.Name)
		}
		seen[d.Name.Name] = true
		inner := e.inner()
		con := &types.Con{Name: d.Name.Name, Params: c.declareTypeParams(inner, d.Params)}
		con.Body = c.resolveType(inner, d.Type)
		members = append(members, types.TypeField{Name: d.Name.Name, Con: con})
	}
	return members
}
