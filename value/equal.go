package value

import (
	"cmp"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// Equal is `==` on values of static type t: structural on shared types.
// Like Show it keeps its own stack, of the tuples, arrays and records
// whose elements remain to compare, so that long lists compare without
// deep recursion; the last element of each goes on in its parent's place.
func Equal(a, b Value, t types.Type) bool {
	var stack []eqFrame
	for {
		if !equalHead(&stack, a, b, t) {
			return false
		}
		if len(stack) == 0 {
			return true
		}
		fr := &stack[len(stack)-1]
		a, b, t = fr.elem(fr.next)
		if fr.next++; fr.next == fr.n {
			stack = stack[:len(stack)-1]
		}
	}
}

// eqFrame is a pair of composite values whose elements from next on remain
// to be compared; t is a *types.Tuple, *types.Array or *types.Obj.
type eqFrame struct {
	a, b    Value
	t       types.Type
	next, n int
}

// elem returns the i-th elements of the pair and their type.
func (fr *eqFrame) elem(i int) (Value, Value, types.Type) {
	switch t := fr.t.(type) {
	case *types.Tuple:
		return fr.a.AsTuple()[i], fr.b.AsTuple()[i], t.Elems[i]
	case *types.Array:
		return fr.a.AsArray().Elems[i], fr.b.AsArray().Elems[i], t.Elem
	}
	f := fr.t.(*types.Obj).Fields()[i]
	x, _ := fr.a.AsObject().Field(f.Name)
	y, _ := fr.b.AsObject().Field(f.Name)
	if f.Mut {
		x, y = x.AsCell().V, y.AsCell().V
	}
	return x, y, f.Type
}

// equalHead compares a and b of type typ as far as it can without going
// into elements: it pushes a frame for those, and goes on in place with
// the payload of an option or variant.
func equalHead(stack *[]eqFrame, a, b Value, typ types.Type) bool {
	for {
		n, nt := 0, types.Normalize(typ)
		switch t := nt.(type) {
		case types.Prim:
			return primEqual(a, b, t)
		case *types.Tuple:
			n = len(t.Elems)
		case *types.Array:
			if n = len(a.AsArray().Elems); n != len(b.AsArray().Elems) {
				return false
			}
		case *types.Obj:
			if t.Sort == ast.Actor {
				// An actor is its principal (or the program's own actor).
				return a == b
			}
			n = len(t.Fields())
		case *types.Opt:
			if a.IsNull() || b.IsNull() {
				return a.IsNull() && b.IsNull()
			}
			a, b, typ = a.OptPayload(), b.OptPayload(), t.Elem
			continue
		case *types.Variant:
			x, y := a.AsVariant(), b.AsVariant()
			if x.Tag != y.Tag {
				return false
			}
			tag, _ := t.Tag(x.Tag)
			a, b, typ = x.Payload, y.Payload, tag.Type
			continue
		default:
			if nt == types.Any {
				// No structure to compare at Any: every two values are equal.
				return true
			}
			// Functions and the like: identity.
			return a == b
		}
		if n > 0 {
			*stack = append(*stack, eqFrame{a: a, b: b, t: nt, n: n})
		}
		return true
	}
}

func primEqual(a, b Value, p types.Prim) bool {
	switch p {
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
