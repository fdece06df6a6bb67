package check

import (
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// bindPat checks a whole pattern (of a let, a parameter list, a case, a
// for loop): its names must be distinct.
func (c *Checker) bindPat(e *env, p ast.Pat, t types.Type) {
	seen := map[string]bool{}
	for _, id := range ast.PatVars(p) {
		if seen[id.Name] {
			c.fail(p, "M0017", "duplicate binding for %s in pattern", id.Name)
		}
		seen[id.Name] = true
	}
	c.checkPat(e, p, t)
}

// checkPat checks pattern p against the scrutinee type t and binds its
// variables in e's innermost scope.
func (c *Checker) checkPat(e *env, p ast.Pat, t types.Type) {
	c.info.PatTypes[p] = t
	if types.Promote(t) == types.None && c.checkPatOfNone(e, p) {
		return
	}
	switch p := p.(type) {
	case *ast.WildPat:
	case *ast.VarPat:
		e.declare(p.Name, types.LetBinding, t)
	case *ast.LitPat:
		if types.Promote(t) == types.None {
			// Nothing to match: the literal has its own type.
			c.record(p.Lit, litType(p.Lit, p.Neg))
			return
		}
		// moc matches number literals against a Nat scrutinee as Ints.
		lt := t
		if types.Normalize(t) == types.Nat {
			lt = types.Int
		}
		c.record(p.Lit, c.checkLit(p.Lit, litSign(p), p.Lit, lt))
	case *ast.ParenPat:
		c.checkPat(e, p.Pat, t)
	case *ast.TuplePat:
		tt, ok := types.Promote(t).(*types.Tuple)
		if ok && len(tt.Elems) != len(p.Elems) {
			c.fail(p, "M0118", "tuple pattern has %d components but expected type has %d", len(p.Elems), len(tt.Elems))
		}
		if !ok {
			c.shapeError(p, "M0112", "tuple", t, "`("+strings.Repeat("_, ", max(len(p.Elems)-1, 0))+"_)`")
		}
		for i, el := range p.Elems {
			c.checkPat(e, el, unname(tt.Elems[i]))
		}
	case *ast.RecordPat:
		ot, ok := types.Promote(t).(*types.Obj)
		if !ok {
			c.shapeError(p, "M0113", "object", t, "object type")
		}
		for _, f := range p.Fields {
			ft, ok := ot.Field(f.Name.Name)
			if !ok {
				c.fail(f.Name, "M0119", "object field %s is not contained in expected type%s", f.Name.Name, show(t))
			}
			if f.Type != nil {
				at := c.resolveType(e, f.Type)
				if !types.Sub(ft.Type, at) {
					c.fail(f, "M0117", "pattern of type%s\ncannot consume expected type%s", show(at), show(ft.Type))
				}
				c.checkPat(e, f.Pat, at)
				continue
			}
			c.checkPat(e, f.Pat, ft.Type)
		}
		for _, id := range p.Types {
			con, ok := ot.TypeField(id.Name)
			if !ok {
				c.fail(id, "M0119", "type field %s is not contained in expected type%s", id.Name, show(t))
			}
			if _, dup := e.sc.ownType(id.Name); dup {
				c.fail(id, "M0051", "duplicate definition for type %s in block", id.Name)
			}
			e.sc.setType(id.Name, typeEntry{con: con})
		}
	case *ast.VariantPat:
		vt, ok := types.Promote(t).(*types.Variant)
		if !ok {
			c.shapeError(p, "M0116", "variant", t, "`{#"+p.Tag.Name+" : _}`")
		}
		tag, ok := vt.Tag(p.Tag.Name)
		if !ok {
			// moc only warns: the case can never match.
			tag = types.Tag{Name: p.Tag.Name, Type: types.None}
			if p.Arg == nil {
				tag.Type = types.Unit
			}
		}
		if p.Arg != nil {
			c.checkPat(e, p.Arg, tag.Type)
		} else if !types.Sub(types.Unit, tag.Type) {
			c.fail(p, "M0117", "pattern of type%s\ncannot consume expected type%s", show(types.Unit), show(tag.Type))
		}
	case *ast.OptPat:
		var elem types.Type = types.None // null matches no ?p
		switch pt := types.Promote(t).(type) {
		case *types.Opt:
			elem = pt.Elem
		default:
			if pt != types.Null && pt != types.None {
				c.shapeError(p, "M0115", "option", t, "`?_`")
			}
		}
		c.checkPat(e, p.Pat, elem)
	case *ast.AltPat:
		c.checkAltPat(e, p, t)
	case *ast.AnnotPat:
		at := c.resolveType(e, p.Type)
		if !types.Sub(t, at) {
			c.fail(p, "M0117", "pattern of type%s\ncannot consume expected type%s", show(at), show(t))
		}
		c.checkPat(e, p.Pat, at)
	default:
		c.fail(p, "M0000", "unsupported pattern")
	}
}

// checkPatOfNone checks a tuple, record or variant pattern against None,
// whose parts are None too (it matches no value); false for other patterns.
func (c *Checker) checkPatOfNone(e *env, p ast.Pat) bool {
	switch p := p.(type) {
	case *ast.TuplePat:
		for _, el := range p.Elems {
			c.checkPat(e, el, types.None)
		}
	case *ast.RecordPat:
		for _, f := range p.Fields {
			c.checkPat(e, f.Pat, types.None)
		}
	case *ast.VariantPat:
		if p.Arg != nil {
			c.checkPat(e, p.Arg, types.None)
		}
	default:
		return false
	}
	return true
}

// checkAltPat checks `p1 or p2`: both sides must bind the same names, each
// bound once, at the least upper bound of its types on the two sides.
func (c *Checker) checkAltPat(e *env, p *ast.AltPat, t types.Type) {
	mark := len(c.declared)
	left, right := e.inner(), e.inner()
	c.checkPat(left, p.Left, t)
	c.checkPat(right, p.Right, t)
	// The sides' own bindings give way to the merged ones.
	c.declared = c.declared[:mark]
	leftVars, rightVars := ast.PatVars(p.Left), ast.PatVars(p.Right)
	same := len(leftVars) == len(rightVars)
	for _, id := range rightVars {
		same = same && left.sc.vals[id.Name] != nil
	}
	if !same {
		c.fail(p, "M0189", "different set of bindings in pattern alternatives")
	}
	for _, id := range leftVars {
		tl, tr := left.sc.vals[id.Name].Type, right.sc.vals[id.Name].Type
		if !types.Sub(tl, tr) && !types.Sub(tr, tl) {
			c.warn(e, p.Span, "M0190", "pattern variable %s has larger type%s\nbecause its types in the pattern alternatives are unrelated smaller types:\ntype in left pattern is%s\ntype in right pattern is%s",
				id.Name, show(types.Lub(tl, tr)), show(tl), show(tr))
		}
		b := e.declare(id, types.LetBinding, types.Lub(tl, tr))
		for _, other := range ast.AllPatVars(p) {
			if other.Name == id.Name {
				c.info.Defs[other] = b
			}
		}
	}
}

// litSign gives a literal pattern's sign.
func litSign(p *ast.LitPat) sign {
	if p.Neg {
		return minus
	}
	return unsigned
}

// shapeError reports a pattern whose form cannot match the scrutinee type.
func (c *Checker) shapeError(p ast.Pat, code, form string, t types.Type, got string) {
	c.fail(p, code, "%s pattern cannot consume expected type\nexpected `%s`, got %s", form, types.String(types.Normalize(t)), got)
}

// patType resolves the annotated type of p, or nil when it has none.
func (c *Checker) patType(e *env, p ast.Pat) types.Type {
	switch p := p.(type) {
	case *ast.AnnotPat:
		return c.resolveType(e, p.Type)
	case *ast.ParenPat:
		return c.patType(e, p.Pat)
	case *ast.TuplePat:
		elems := make([]types.Type, len(p.Elems))
		for i, el := range p.Elems {
			if elems[i] = c.patType(e, el); elems[i] == nil {
				return nil
			}
		}
		return &types.Tuple{Elems: elems}
	case *ast.RecordPat:
		fields := make([]types.Field, len(p.Fields))
		for i, f := range p.Fields {
			var ft types.Type
			if f.Type != nil {
				ft = c.resolveType(e, f.Type)
			} else if ft = c.patType(e, f.Pat); ft == nil {
				return nil
			}
			fields[i] = types.Field{Name: f.Name.Name, Type: ft}
		}
		return types.NewObj(ast.Object, fields, nil)
	case *ast.WildPat:
		return nil
	case *ast.LitPat:
		return litType(p.Lit, p.Neg)
	}
	return nil
}

// paramTypes gives the parameter sequence of a function whose parameter
// pattern is p, keeping parameter names as moc prints them.
func (c *Checker) paramTypes(e *env, p ast.Pat) []types.Type {
	seq := func(el ast.Pat) types.Type {
		t := c.paramPatType(e, el, true)
		if t == nil {
			c.failUntyped(el)
		}
		return t
	}
	switch p := p.(type) {
	case *ast.TuplePat:
		out := make([]types.Type, len(p.Elems))
		for i, el := range p.Elems {
			out[i] = seq(el)
		}
		return out
	case *ast.ParenPat:
		if _, ok := p.Pat.(*ast.TuplePat); ok {
			return []types.Type{seq(p.Pat)}
		}
		return []types.Type{seq(p.Pat)}
	}
	return []types.Type{seq(p)}
}

// paramPatType infers the type of a parameter pattern, or nil, as moc
// does: a name annotated as a parameter or a tuple component keeps its name
// in the type, `(x : Nat)`, and options and tags are inferred from inside.
func (c *Checker) paramPatType(e *env, p ast.Pat, named bool) types.Type {
	switch p := p.(type) {
	case *ast.AnnotPat:
		t := c.resolveType(e, p.Type)
		if v, ok := p.Pat.(*ast.VarPat); ok && named {
			return &types.Named{Name: v.Name.Name, Type: t}
		}
		return t
	case *ast.ParenPat:
		return c.paramPatType(e, p.Pat, named)
	case *ast.TuplePat:
		elems := make([]types.Type, len(p.Elems))
		for i, el := range p.Elems {
			if elems[i] = c.paramPatType(e, el, true); elems[i] == nil {
				return nil
			}
		}
		return &types.Tuple{Elems: elems}
	case *ast.OptPat:
		if t := c.paramPatType(e, p.Pat, false); t != nil {
			return &types.Opt{Elem: t}
		}
		return nil
	case *ast.VariantPat:
		var payload types.Type = types.Unit
		if p.Arg != nil {
			if payload = c.paramPatType(e, p.Arg, false); payload == nil {
				return nil
			}
		}
		return types.NewVariant([]types.Tag{{Name: p.Tag.Name, Type: payload}})
	}
	return c.patType(e, p)
}

// failUntyped reports a parameter pattern without a type: at its first
// variable outside any annotation, as moc does.
func (c *Checker) failUntyped(p ast.Pat) {
	var at ast.Node = p
	var find func(ast.Pat) bool
	find = func(p ast.Pat) bool {
		switch q := p.(type) {
		case *ast.VarPat:
			at = q
			return true
		case *ast.ParenPat:
			return find(q.Pat)
		case *ast.TuplePat:
			for _, el := range q.Elems {
				if find(el) {
					return true
				}
			}
		}
		return false
	}
	if find(p) {
		c.fail(at, "M0103", "cannot infer type of variable")
	}
	if alt, ok := p.(*ast.AltPat); ok {
		c.fail(alt, "M0184", "cannot infer the type of this or-pattern, please add a type annotation")
	}
	c.fail(p, "M0184", "cannot infer the type of this pattern, please add a type annotation")
}
