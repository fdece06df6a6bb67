package value

import (
	"cmp"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// Equal is `==` on values of static type t: structural on shared types.
func Equal(a, b Value, t types.Type) bool {
	switch t := types.Normalize(t).(type) {
	case types.Prim:
		switch t {
		case types.Null:
			return true
		case types.Nat, types.Int:
			return IntCompare(a, b) == 0
		case types.Float, types.Float32:
			return a.AsFloat() == b.AsFloat()
		case types.Text:
			return a.AsText() == b.AsText()
		case types.Blob:
			return a.AsBlob() == b.AsBlob()
		case types.Principal, types.Error, types.Region:
			return a == b
		}
		return a.Bits == b.Bits
	case *types.Tuple:
		if len(t.Elems) == 0 {
			return true
		}
		x, y := a.AsTuple(), b.AsTuple()
		for i, et := range t.Elems {
			if !Equal(x[i], y[i], et) {
				return false
			}
		}
		return true
	case *types.Opt:
		if a.IsNull() || b.IsNull() {
			return a.IsNull() && b.IsNull()
		}
		return Equal(a.OptPayload(), b.OptPayload(), t.Elem)
	case *types.Array:
		x, y := a.AsArray().Elems, b.AsArray().Elems
		if len(x) != len(y) {
			return false
		}
		for i := range x {
			if !Equal(x[i], y[i], t.Elem) {
				return false
			}
		}
		return true
	case *types.Obj:
		if t.Sort == ast.Actor {
			// An actor is its principal (or the program's own actor).
			return a == b
		}
		if len(t.Fields) == 0 {
			return true
		}
		x, y := a.AsObject(), b.AsObject()
		if x == y {
			return true
		}
		for _, f := range t.Fields {
			fx, _ := x.Field(f.Name)
			fy, _ := y.Field(f.Name)
			if f.Mut {
				fx, fy = fx.AsCell().V, fy.AsCell().V
			}
			if !Equal(fx, fy, f.Type) {
				return false
			}
		}
		return true
	case *types.Variant:
		x, y := a.AsVariant(), b.AsVariant()
		if x.Tag != y.Tag {
			return false
		}
		tag, _ := t.Tag(x.Tag)
		return Equal(x.Payload, y.Payload, tag.Type)
	}
	if t == types.Any {
		// No structure to compare at Any: every two values are equal.
		return true
	}
	// Functions and the like: identity.
	return a == b
}

// Compare orders two values of a primitive ordered type: -1, 0 or +1.
// Floats are ordered totally (NaN first), so the relational operators on
// Float, false whenever NaN is involved, must not be built on Compare.
func Compare(a, b Value, p types.Prim) int {
	switch p {
	case types.Nat, types.Int:
		return IntCompare(a, b)
	case types.Float, types.Float32:
		return cmp.Compare(a.AsFloat(), b.AsFloat())
	case types.Text:
		return strings.Compare(a.AsText(), b.AsText())
	case types.Blob:
		return strings.Compare(a.AsBlob(), b.AsBlob())
	case types.Principal:
		return strings.Compare(a.AsPrincipal(), b.AsPrincipal())
	case types.Bool, types.Char:
		return cmp.Compare(a.Bits, b.Bits)
	}
	if k := FixedOf(p); k != nil {
		return k.Compare(a, b)
	}
	return 0
}
