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
// SerialisedPages is how many pages past the logical end of stable memory
// an upgrade writes: classical persistence serialises the old state there
// (with a small header), enhanced persistence keeps one page of its own.
func SerialisedPages(mode Mode, old Signature, state map[string]value.Value) uint64 {
	if mode == Enhanced {
		return 1
	}
	const page, header = 1 << 16, 16
	return (serialisedSize(old, state) + header + page - 1) / page
}

func serialisedSize(old Signature, state map[string]value.Value) uint64 {
	s := &sizer{seen: map[any]bool{}, shapes: map[string]*shape{}}
	vars := append(Signature(nil), old...)
	sort.SliceStable(vars, func(i, j int) bool { return labelHash(vars[i].Name) < labelHash(vars[j].Name) })
	for _, v := range vars {
		s.n++ // each variable is an option
		if x, ok := state[v.Name]; ok {
			s.add(x, s.shape(plain(v.Type)))
		}
	}
	return s.n
}

const sizeLimit = 1 << 32

// Sizes of what a reference holds: a canister id as a principal (tag,
// length, 10 bytes) and, for a function, its method name.
const (
	actorRefSize = 1 + 1 + 10
	funcRefSize  = 1 + actorRefSize + 1 + 16
)

type sizer struct {
	n      uint64
	seen   map[any]bool // aliases already counted
	shapes map[string]*shape
}

// A shape is a type compiled for counting, so that the count does no type
// work per value.
type shape struct {
	mut    bool // a cell holding elem
	t      types.Type
	elem   *shape   // array element, option payload, cell content
	fields []*shape // tuple elements, record fields (by t's fields)
	tags   map[string]tagShape
}

type tagShape struct {
	index uint64 // in hash order
	s     *shape
}

// shape compiles a slot; definitions are compiled once, so recursive
// types give cyclic shapes.
func (s *sizer) shape(sl slot) *shape {
	var key string
	if isApp(sl.t) {
		key = pairKey(sl, sl)
		if sh, ok := s.shapes[key]; ok {
			return sh
		}
	}
	sh := &shape{mut: sl.mut, t: types.Normalize(sl.t)}
	if key != "" {
		s.shapes[key] = sh
	}
	if sl.mut {
		sh.elem = s.shape(plain(sl.t))
		return sh
	}
	switch t := sh.t.(type) {
	case *types.Tuple:
		for _, e := range t.Elems {
			sh.fields = append(sh.fields, s.shape(plain(e)))
		}
	case *types.Obj:
		for _, f := range t.Fields() {
			sh.fields = append(sh.fields, s.shape(slot{f.Type, f.Mut}))
		}
	case *types.Array:
		sh.elem = s.shape(plain(t.Elem))
	case *types.Opt:
		sh.elem = s.shape(plain(t.Elem))
	case *types.Variant:
		sh.tags = map[string]tagShape{}
		for i, g := range tagsByHash(t.Tags) {
			sh.tags[g.Name] = tagShape{index: uint64(i), s: s.shape(plain(g.Type))}
		}
	}
	return sh
}

// add counts v. The last part of a value is counted in the loop rather
// than by recursion, so that long lists do not make deep stacks.
func (s *sizer) add(v value.Value, sh *shape) {
	for s.n < sizeLimit {
		if sh.mut {
			cell := v.AsCell()
			if !s.alias(cell) {
				return
			}
			v, sh = cell.V, sh.elem
			continue
		}
		switch t := sh.t.(type) {
		case types.Prim:
			s.prim(v, t)
			return
		case *types.Tuple:
			if len(t.Elems) == 0 {
				return
			}
			elems := v.AsTuple()
			last := len(elems) - 1
			for i, e := range elems[:last] {
				s.add(e, sh.fields[i])
			}
			v, sh = elems[last], sh.fields[last]
		case *types.Obj:
			if t.Sort == ast.Actor {
				s.n += actorRefSize
				return
			}
			if len(t.Fields()) == 0 {
				return
			}
			o := v.AsObject()
			last := len(t.Fields()) - 1
			for i, f := range t.Fields()[:last] {
				fv, _ := o.Field(f.Name)
				s.add(fv, sh.fields[i])
			}
			v, _ = o.Field(t.Fields()[last].Name)
			sh = sh.fields[last]
		case *types.Array:
			arr := v.AsArray()
			if t.Mut && !s.alias(arr) {
				return
			}
			s.n += lebSize(uint64(len(arr.Elems)))
			for _, e := range arr.Elems {
				s.add(e, sh.elem)
			}
			return
		case *types.Opt:
			s.n++
			if v.IsNull() {
				return
			}
			v, sh = v.OptPayload(), sh.elem
		case *types.Variant:
			x := v.AsVariant()
			tag := sh.tags[x.Tag]
			s.n += lebSize(tag.index)
			v, sh = x.Payload, tag.s
		case *types.Func:
			s.n += funcRefSize
			return
		default:
			return
		}
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
