package interp

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// matcher tests a value against a pattern, binding the pattern's names in
// f (the frame of the scope that declared them) when it matches.
type matcher func(t *Thread, f *Frame, v Value) bool

func matchAll(*Thread, *Frame, Value) bool { return true }

// pattern compiles a pattern whose names are already declared.
func (c *compiler) pattern(p ast.Pat) matcher {
	if t, ok := c.info.PatTypes[p]; ok && types.Promote(t) == types.None {
		switch p.(type) {
		case *ast.LitPat, *ast.TuplePat, *ast.RecordPat, *ast.VariantPat, *ast.OptPat:
			// A value of type None never comes: such a pattern is never tried.
			return func(*Thread, *Frame, Value) bool { return false }
		}
	}
	switch p := p.(type) {
	case *ast.WildPat:
		return matchAll
	case *ast.VarPat:
		s, depth := c.slotOf(p.Name, c.info.Defs[p.Name])
		i := s.index
		if depth == 0 {
			return func(_ *Thread, f *Frame, v Value) bool {
				f.slots[i] = v
				return true
			}
		}
		return func(_ *Thread, f *Frame, v Value) bool {
			frameAt(f, depth).slots[i] = v
			return true
		}
	case *ast.ParenPat:
		return c.pattern(p.Pat)
	case *ast.AnnotPat:
		return c.pattern(p.Pat)
	case *ast.LitPat:
		if p.Lit.Kind == ast.NullLit {
			return func(_ *Thread, _ *Frame, v Value) bool { return v.IsNull() }
		}
		lit := c.literal(p.Lit, p.Neg)
		eq := equality(c.typeOf(p.Lit))
		return func(_ *Thread, _ *Frame, v Value) bool { return eq(v, lit) }
	case *ast.TuplePat:
		if len(p.Elems) == 0 {
			return matchAll
		}
		elems := make([]matcher, len(p.Elems))
		for i, el := range p.Elems {
			elems[i] = c.pattern(el)
		}
		return func(t *Thread, f *Frame, v Value) bool {
			vs := v.AsTuple()
			for i, m := range elems {
				if !m(t, f, vs[i]) {
					return false
				}
			}
			return true
		}
	case *ast.OptPat:
		inner := c.pattern(p.Pat)
		return func(t *Thread, f *Frame, v Value) bool {
			return !v.IsNull() && inner(t, f, v.OptPayload())
		}
	case *ast.VariantPat:
		tag := p.Tag.Name
		if p.Arg == nil {
			return func(_ *Thread, _ *Frame, v Value) bool { return v.AsVariant().Tag == tag }
		}
		arg := c.pattern(p.Arg)
		return func(t *Thread, f *Frame, v Value) bool {
			vr := v.AsVariant()
			return vr.Tag == tag && arg(t, f, vr.Payload)
		}
	case *ast.RecordPat:
		ot, ok := types.Promote(c.info.PatTypes[p]).(*types.Obj)
		if !ok {
			c.fail(p, "internal error: record pattern without object type")
		}
		type fieldMatch struct {
			site  *value.FieldSite
			mut   bool
			match matcher
		}
		fields := make([]fieldMatch, len(p.Fields))
		for i, fl := range p.Fields {
			ft, _ := ot.Field(fl.Name.Name)
			fields[i] = fieldMatch{&value.FieldSite{Name: fl.Name.Name}, ft.Mut, c.pattern(fl.Pat)}
		}
		return func(t *Thread, f *Frame, v Value) bool {
			o := v.AsObject()
			for _, fm := range fields {
				fv := fm.site.Get(o)
				if fm.mut {
					fv = fv.AsCell().V
				}
				if !fm.match(t, f, fv) {
					return false
				}
			}
			return true
		}
	case *ast.AltPat:
		left, right := c.pattern(p.Left), c.pattern(p.Right)
		return func(t *Thread, f *Frame, v Value) bool { return left(t, f, v) || right(t, f, v) }
	}
	c.fail(p, "this pattern is not supported")
	return nil
}
