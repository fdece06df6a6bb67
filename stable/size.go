package stable

import (
	"math/big"
	mathbits "math/bits"
	"sort"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// serialisedSize is how many bytes classical persistence's serialisation
// of the stable variables takes, counted as moc's `buffer_size` does
// (compile_classical.ml), which traps at 4 GiB; the count stops there.
// References to actors and shared functions count as a canister id and a
// short method name.
func serialisedSize(old Signature, state map[string]value.Value) uint64 {
	s := &sizer{seen: map[any]bool{}}
	vars := append(Signature(nil), old...)
	sort.SliceStable(vars, func(i, j int) bool { return labelHash(vars[i].Name) < labelHash(vars[j].Name) })
	for _, v := range vars {
		s.n++ // each variable is an option
		s.add(state[v.Name], plain(v.Type))
	}
	return s.n
}

const sizeLimit = 1 << 32

type sizer struct {
	n    uint64
	seen map[any]bool // aliases already counted
}

// Sizes of what a reference holds: a canister id as a principal (tag,
// length, 10 bytes) and, for a function, its method name.
const (
	actorRefSize = 1 + 1 + 10
	funcRefSize  = 1 + actorRefSize + 1 + 16
)

func (s *sizer) add(v value.Value, sl slot) {
	if s.n >= sizeLimit {
		return
	}
	if sl.mut {
		cell := v.AsCell()
		if s.alias(cell) {
			s.add(cell.V, plain(sl.t))
		}
		return
	}
	switch t := types.Normalize(sl.t).(type) {
	case types.Prim:
		s.prim(v, t)
	case *types.Tuple:
		if len(t.Elems) == 0 {
			return
		}
		for i, e := range v.AsTuple() {
			s.add(e, plain(t.Elems[i]))
		}
	case *types.Obj:
		if t.Sort == ast.Actor {
			s.n += actorRefSize
			return
		}
		if len(t.Fields) == 0 {
			return
		}
		o := v.AsObject()
		for _, f := range t.Fields {
			fv, _ := o.Field(f.Name)
			s.add(fv, slot{f.Type, f.Mut})
		}
	case *types.Array:
		arr := v.AsArray()
		if t.Mut && !s.alias(arr) {
			return
		}
		s.n += lebSize(uint64(len(arr.Elems)))
		for _, e := range arr.Elems {
			s.add(e, plain(t.Elem))
		}
	case *types.Opt:
		s.n++
		if !v.IsNull() {
			s.add(v.OptPayload(), plain(t.Elem))
		}
	case *types.Variant:
		x := v.AsVariant()
		tags := tagsByHash(t.Tags)
		for i, g := range tags {
			if g.Name == x.Tag {
				s.n += lebSize(uint64(i))
				s.add(x.Payload, plain(g.Type))
			}
		}
	case *types.Func:
		s.n += funcRefSize
	}
}

// alias counts the marker of a mutable value and reports whether this is
// its first occurrence, whose contents follow.
func (s *sizer) alias(key any) bool {
	if s.seen[key] {
		s.n += 5 // marker and offset
		return false
	}
	s.seen[key] = true
	s.n += 9 // marker and two scratch words
	return true
}

func (s *sizer) prim(v value.Value, t types.Prim) {
	switch t {
	case types.Nat, types.Int:
		s.n += numberSize(v, t == types.Int)
	case types.Nat8, types.Int8, types.Bool:
		s.n++
	case types.Nat16, types.Int16:
		s.n += 2
	case types.Nat32, types.Int32, types.Char:
		s.n += 4
	case types.Nat64, types.Int64, types.Float:
		s.n += 8
	case types.Text:
		s.bytes(len(v.AsText()))
	case types.Blob:
		s.bytes(len(v.AsBlob()))
	case types.Principal:
		s.n++
		s.bytes(len(v.AsPrincipal()))
	case types.Region:
		r := v.Ref.(*region.Region)
		if s.alias(r) {
			s.n += 12 // id and page count
			s.bytes(2 * r.Blocks())
		}
	}
}

func (s *sizer) bytes(n int) { s.n += lebSize(uint64(n)) + uint64(n) }

func lebSize(n uint64) uint64 {
	size := uint64(1)
	for n >= 0x80 {
		n >>= 7
		size++
	}
	return size
}

// numberSize is the length of a Nat's LEB128 or an Int's SLEB128 encoding.
func numberSize(v value.Value, signed bool) uint64 {
	var bits int
	b, isBig := v.Ref.(*big.Int)
	switch {
	case isBig && b.Sign() < 0:
		bits = new(big.Int).Not(b).BitLen() // -b-1
	case isBig:
		bits = b.BitLen()
	case int64(v.Bits) < 0:
		bits = 64 - mathbits.LeadingZeros64(^v.Bits)
	default:
		bits = 64 - mathbits.LeadingZeros64(v.Bits)
	}
	if signed {
		return uint64(bits)/7 + 1 // room for the sign
	}
	return max(1, (uint64(bits)+6)/7)
}
