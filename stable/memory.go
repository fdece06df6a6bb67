package stable

import (
	"sort"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// This file is enhanced orthogonal persistence's upgrade check: moc's
// runtime compares the old and new stable types as moc encodes them
// (`type_desc` in compile_enhanced.ml) with `memory_compatible` (rts idl.rs).

// slot is a type as a place holds it: a `var` field or variable holds its
// value in a mutable cell (moc's `Mut`, an alias in the encoded type).
type slot struct {
	t   types.Type
	mut bool
}

func plain(t types.Type) slot { return slot{t: t} }

// kAlias is the descriptor's kind of a mutable cell or [var T]: an alias
// of the array [T]. Candid has no such kind.
const kAlias = types.NumIDLKinds

// kLastPrim is the last kind the descriptor writes as a primitive.
const kLastPrim = types.IDLBlob

// kindOf is what moc's stable descriptor makes of a normalized type: its
// types.IDLKind, except that Char and () share the codes of Nat32 and Null
// and [var T] is an alias.
func kindOf(t types.Type) types.IDLKind {
	k := types.IDLKindOf(t)
	switch {
	case k == types.IDLChar:
		return types.IDLNat32
	case k == types.IDLUnit:
		return types.IDLNull
	case k == types.IDLVec && t.(*types.Array).Mut:
		return kAlias
	}
	return k
}

type variance int

const (
	covariant variance = iota
	contravariant
	invariant
)

func (v variance) invert() variance {
	switch v {
	case covariant:
		return contravariant
	case contravariant:
		return covariant
	}
	return invariant
}

// maxDepth bounds the unfolding of definitions that grow without end.
const maxDepth = 10_000

type memoryChecker struct {
	assumed map[string]bool
	depth   int
}

func newMemoryChecker() *memoryChecker { return &memoryChecker{assumed: map[string]bool{}} }

// actorCompatible is the runtime's check of the old stable variables
// against what the new version reads: new variables may appear, old ones
// may not disappear, and each kept one must be memory-compatible. Like the
// runtime it walks both lists in hash order, and like it, it accepts the
// upgrade as soon as an old variable's hash exceeds every remaining new
// one's, whatever old variables follow.
func actorCompatible(old Signature, rs []read) bool {
	olds := append(Signature(nil), old...)
	sort.SliceStable(olds, func(i, j int) bool { return labelHash(olds[i].Name) < labelHash(olds[j].Name) })
	news := append([]read(nil), rs...)
	sort.SliceStable(news, func(i, j int) bool { return labelHash(news[i].Name) < labelHash(news[j].Name) })
	m := newMemoryChecker()
	i, j := 0, 0
	for i < len(olds) && j < len(news) {
		o, n := olds[i], news[j]
		i++
		j++
		for labelHash(o.Name) != labelHash(n.Name) {
			if labelHash(o.Name) < labelHash(n.Name) {
				return false // a discarded variable
			}
			if j == len(news) {
				return true
			}
			n = news[j]
			j++
		}
		if !m.compatible(covariant, plain(o.Type), plain(n.Type)) {
			return false
		}
	}
	return i == len(olds)
}

// compatible is `memory_compatible`: whether the new type b can take over
// values of the old type a. Pairs under examination are assumed to hold,
// which makes recursive types terminate.
func (m *memoryChecker) compatible(v variance, a, b slot) bool {
	if a == b {
		return true
	}
	if m.depth++; m.depth > maxDepth {
		return false
	}
	defer func() { m.depth-- }()
	if isApp(a.t) || isApp(b.t) {
		key := pairKey(a, b) + string(rune('0'+v))
		if m.assumed[key] {
			return true
		}
		m.assumed[key] = true
	}
	na, nb := types.Normalize(a.t), types.Normalize(b.t)
	ka, kb := kindOf(na), kindOf(nb)
	if a.mut {
		ka = kAlias
	}
	if b.mut {
		kb = kAlias
	}
	if ka <= kLastPrim && ka == kb && ka != types.NotIDL {
		return true
	}
	switch {
	case ka == kAlias && kb == kAlias:
		return m.compatible(invariant, aliased(a, na), aliased(b, nb))
	case ka == types.IDLReserved && kb == types.IDLReserved, ka == types.IDLEmpty && kb == types.IDLEmpty:
		return true
	case kb == types.IDLReserved:
		return false // information lost
	case ka == types.IDLEmpty, ka == types.IDLNat && kb == types.IDLInt:
		return v != invariant
	case ka == kAlias || kb == kAlias:
		return false
	case ka == types.IDLOpt && kb == types.IDLOpt:
		return m.compatible(v, plain(na.(*types.Opt).Elem), plain(nb.(*types.Opt).Elem))
	case ka == types.IDLNull && kb == types.IDLOpt:
		return true
	case kb == types.IDLOpt:
		return false
	case ka != kb:
		return false
	}
	switch ta := na.(type) {
	case *types.Array:
		return m.compatible(v, plain(ta.Elem), plain(nb.(*types.Array).Elem))
	case *types.Tuple:
		tb := nb.(*types.Tuple)
		if len(ta.Elems) != len(tb.Elems) {
			return false
		}
		for i := range ta.Elems {
			if !m.compatible(v, plain(ta.Elems[i]), plain(tb.Elems[i])) {
				return false
			}
		}
		return true
	case *types.Obj:
		if ta.Sort == ast.Actor {
			return m.service(v, ta, nb.(*types.Obj))
		}
		return m.record(v, ta, nb.(*types.Obj))
	case *types.Variant:
		return m.variant(v, ta, nb.(*types.Variant))
	case *types.Func:
		return m.function(v, ta, nb.(*types.Func))
	}
	return false
}

// aliased is what a cell or mutable array holds: the value, or the
// immutable array.
func aliased(s slot, n types.Type) slot {
	if s.mut {
		return plain(s.t)
	}
	a := n.(*types.Array)
	return plain(&types.Array{Elem: a.Elem})
}

// record: exactly the same fields, in hash order, each compatible.
func (m *memoryChecker) record(v variance, a, b *types.Obj) bool {
	if len(a.Fields()) != len(b.Fields()) {
		return false
	}
	fa, fb := fieldsByHash(a.Fields()), fieldsByHash(b.Fields())
	for i := range fa {
		if labelHash(fa[i].Name) != labelHash(fb[i].Name) ||
			!m.compatible(v, slot{fa[i].Type, fa[i].Mut}, slot{fb[i].Type, fb[i].Mut}) {
			return false
		}
	}
	return true
}

func fieldsByHash(fs []types.Field) []types.Field {
	out := append([]types.Field(nil), fs...)
	sort.SliceStable(out, func(i, j int) bool { return labelHash(out[i].Name) < labelHash(out[j].Name) })
	return out
}

func tagsByHash(ts []types.Tag) []types.Tag {
	out := append([]types.Tag(nil), ts...)
	sort.SliceStable(out, func(i, j int) bool { return labelHash(out[i].Name) < labelHash(out[j].Name) })
	return out
}

// variant: the new type may add tags, except where mutable.
func (m *memoryChecker) variant(v variance, a, b *types.Variant) bool {
	ta, tb := tagsByHash(a.Tags), tagsByHash(b.Tags)
	if v == invariant && len(ta) != len(tb) {
		return false
	}
	j := 0
	for _, t := range ta {
		h := labelHash(t.Name)
		for v != invariant && j < len(tb) && labelHash(tb[j].Name) < h {
			j++
		}
		if j == len(tb) || labelHash(tb[j].Name) != h || !m.compatible(v, plain(t.Type), plain(tb[j].Type)) {
			return false
		}
		j++
	}
	return true
}

// service: an actor reference may lose methods, except where mutable.
func (m *memoryChecker) service(v variance, a, b *types.Obj) bool {
	if v == invariant && len(a.Fields()) != len(b.Fields()) {
		return false
	}
	i := 0
	for _, fb := range b.Fields() {
		for v != invariant && i < len(a.Fields()) && a.Fields()[i].Name < fb.Name {
			i++
		}
		if i == len(a.Fields()) || a.Fields()[i].Name != fb.Name || !m.compatible(v, plain(a.Fields()[i].Type), plain(fb.Type)) {
			return false
		}
		i++
	}
	return true
}

// function: the same arity, parameters contravariant, results covariant,
// the same query/composite/oneway annotation.
func (m *memoryChecker) function(v variance, a, b *types.Func) bool {
	pa, ra, sa := signature(a)
	pb, rb, sb := signature(b)
	if sa != sb || len(pa) != len(pb) || len(ra) != len(rb) {
		return false
	}
	for i := range pa {
		if !m.compatible(v.invert(), plain(pb[i]), plain(pa[i])) {
			return false
		}
	}
	for i := range ra {
		if !m.compatible(v, plain(ra[i]), plain(rb[i])) {
			return false
		}
	}
	return true
}

// annotation is a shared function's Candid annotation.
type annotation int

const (
	noAnnotation annotation = iota
	query
	oneway
	compositeQuery
)

// signature is a function type as Candid sees it: its parameters, the
// results its `async` promises (none for a one-way function), and its
// annotation.
func signature(f *types.Func) (params, results []types.Type, a annotation) {
	results = f.Results
	promises := false
	if len(f.Results) == 1 {
		if as, ok := types.Normalize(f.Results[0]).(*types.Async); ok {
			promises = true
			results = []types.Type{as.Elem}
			if tup, ok := types.Normalize(as.Elem).(*types.Tuple); ok {
				results = tup.Elems
			}
		}
	}
	switch {
	case !promises:
		a = oneway
	case f.Sort == ast.QueryFunc:
		a = query
	case f.Sort == ast.CompositeQueryFunc:
		a = compositeQuery
	}
	return f.Params, results, a
}

func isApp(t types.Type) bool {
	switch t.(type) {
	case *types.App, *types.Named:
		return true
	}
	return false
}

// pairKey names a pair of slots by identity, for the memo tables.
func pairKey(a, b slot) string {
	k := types.Identity(a.t) + " => " + types.Identity(b.t)
	if a.mut {
		k = "var " + k
	}
	if b.mut {
		k += " var"
	}
	return k
}
