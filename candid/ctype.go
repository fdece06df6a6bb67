package candid

import (
	"fmt"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// Candid type codes (SLEB128 on the wire).
const (
	codeNull      = -1
	codeBool      = -2
	codeNat       = -3
	codeInt       = -4
	codeNat8      = -5
	codeNat16     = -6
	codeNat32     = -7
	codeNat64     = -8
	codeInt8      = -9
	codeInt16     = -10
	codeInt32     = -11
	codeInt64     = -12
	codeFloat32   = -13
	codeFloat64   = -14
	codeText      = -15
	codeReserved  = -16
	codeEmpty     = -17
	codeOpt       = -18
	codeVec       = -19
	codeRecord    = -20
	codeVariant   = -21
	codeFunc      = -22
	codeService   = -23
	codePrincipal = -24
)

// prims describes the primitive kinds: the type code, the Candid name,
// typ_hash's letters and the Motoko type.
var prims = [types.IDLUnit + 1]struct {
	code int32
	name string
	hash string
	mo   types.Type
}{
	types.IDLNull:      {codeNull, "null", "z", types.Null},
	types.IDLBool:      {codeBool, "bool", "b", types.Bool},
	types.IDLNat:       {codeNat, "nat", "N", types.Nat},
	types.IDLInt:       {codeInt, "int", "I", types.Int},
	types.IDLNat8:      {codeNat8, "nat8", "n8", types.Nat8},
	types.IDLNat16:     {codeNat16, "nat16", "n16", types.Nat16},
	types.IDLNat32:     {codeNat32, "nat32", "n32", types.Nat32},
	types.IDLNat64:     {codeNat64, "nat64", "n64", types.Nat64},
	types.IDLInt8:      {codeInt8, "int8", "i8", types.Int8},
	types.IDLInt16:     {codeInt16, "int16", "i16", types.Int16},
	types.IDLInt32:     {codeInt32, "int32", "i32", types.Int32},
	types.IDLInt64:     {codeInt64, "int64", "i64", types.Int64},
	types.IDLFloat:     {codeFloat64, "float64", "f", types.Float},
	types.IDLText:      {codeText, "text", "t", types.Text},
	types.IDLReserved:  {codeReserved, "reserved", "a", types.Any},
	types.IDLEmpty:     {codeEmpty, "empty", "e", types.None},
	types.IDLPrincipal: {codePrincipal, "principal", "P", types.Principal},
	types.IDLChar:      {codeNat32, "nat32", "c", types.Char},
	types.IDLUnit:      {codeNull, "null", "u", types.Unit},
}

// ctype is the Candid view of a (normalised) Motoko type: a graph, cyclic
// for recursive types, with one node per distinct type term as moc
// distinguishes them (so the type table dedups exactly as moc's does).
type ctype struct {
	kind types.IDLKind // a type code up to IDLUnit (isPrim), else a table entry
	mo   types.Type    // the normalised Motoko type, for messages

	elem *ctype // opt, vec
	mut  bool   // vec: `[var T]`

	// Record, tuple and variant fields (tags), service methods: in Motoko
	// order (names sorted, tuple positions); wire lists the same fields in
	// Candid id order.
	fields []cfield
	wire   []cfield
	layout *value.Layout // record: its value layout

	// Func: parameters and results, the control letter typ_hash shows and
	// the Candid annotations.
	params, results []*ctype
	sort            ast.FuncSort
	promises        bool
	modes           []byte
}

// cfield is a field of a record, tuple or variant, or a service method.
type cfield struct {
	name  string
	id    uint32
	index int // its place in the value: tuple position, object layout index
	mut   bool
	t     *ctype
}

// primTypes are the nodes of the primitive kinds, shared by all graphs.
var primTypes = func() [types.IDLUnit + 1]*ctype {
	var ps [types.IDLUnit + 1]*ctype
	for k := range ps {
		ps[k] = &ctype{kind: types.IDLKind(k), mo: prims[k].mo}
	}
	return ps
}()

// isPrim reports whether c is written as a type code, not a table entry.
func (c *ctype) isPrim() bool { return c.kind <= types.IDLUnit }

// moString is the Motoko type as moc's messages print it.
func (c *ctype) moString() string { return types.String(c.mo) }

// maxNodes bounds the graph of the types of one call: a non-regular
// recursive type (`type T<A> = ?T<[A]>`) would otherwise unfold forever.
const maxNodes = 10_000

// lowerer builds ctype graphs, sharing nodes between the types of one call.
type lowerer struct {
	byTerm map[int]*ctype // by term number
	terms  map[string]int // term numbers by their shape
	known  map[types.Type]int
}

func newLowerer() *lowerer {
	return &lowerer{byTerm: map[int]*ctype{}, terms: map[string]int{}, known: map[types.Type]int{}}
}

// lowerAll lowers a sequence of types.
func (l *lowerer) lowerAll(ts []types.Type) ([]*ctype, error) {
	cs := make([]*ctype, len(ts))
	for i, t := range ts {
		c, err := l.lower(t)
		if err != nil {
			return nil, err
		}
		cs[i] = c
	}
	return cs, nil
}

// lower returns the node of t, making it (and what it reaches) if new.
func (l *lowerer) lower(t types.Type) (*ctype, error) {
	t = types.Normalize(t)
	k := types.IDLKindOf(t)
	if k != types.NotIDL && k <= types.IDLUnit {
		return primTypes[k], nil
	}
	if _, ok := t.(types.Prim); ok && k != types.IDLBlob {
		return nil, notShared(t) // Float32, Region, Error
	}
	key := l.term(t)
	if c, ok := l.byTerm[key]; ok {
		return c, nil
	}
	if len(l.byTerm) >= maxNodes {
		return nil, fmt.Errorf("candid: type %s is too big", types.String(t))
	}
	c := &ctype{kind: k, mo: t}
	l.byTerm[key] = c
	return c, l.fill(c, t)
}

// fill sets the children of a fresh node.
func (l *lowerer) fill(c *ctype, t types.Type) error {
	if c.kind == types.NotIDL {
		return notShared(t)
	}
	var err error
	switch t := t.(type) {
	case types.Prim: // Blob
		c.elem = primTypes[types.IDLNat8]
	case *types.Opt:
		c.elem, err = l.lower(t.Elem)
	case *types.Array:
		c.mut = t.Mut
		c.elem, err = l.lower(t.Elem)
	case *types.Tuple:
		c.fields = make([]cfield, len(t.Elems))
		for i, et := range t.Elems {
			c.fields[i] = cfield{id: uint32(i), index: i}
			if c.fields[i].t, err = l.lower(et); err != nil {
				return err
			}
		}
		c.wire = c.fields
	case *types.Obj:
		return l.fillObj(c, t)
	case *types.Variant:
		c.fields = make([]cfield, len(t.Tags))
		for i, g := range t.Tags {
			c.fields[i] = cfield{name: g.Name, id: FieldID(g.Name), index: i}
			if c.fields[i].t, err = l.lower(g.Type); err != nil {
				return err
			}
		}
		c.wire = sortedByID(c.fields)
	case *types.Func:
		return l.fillFunc(c, t)
	}
	return err
}

func (l *lowerer) fillObj(c *ctype, t *types.Obj) error {
	names := make([]string, len(t.Fields()))
	for i, f := range t.Fields() {
		names[i] = f.Name
	}
	if c.kind == types.IDLRecord && len(names) > 0 {
		c.layout = value.LayoutOf(names)
	}
	c.fields = make([]cfield, len(t.Fields()))
	for i, f := range t.Fields() {
		c.fields[i] = cfield{name: f.Name, id: FieldID(f.Name), index: i, mut: f.Mut}
		if c.layout != nil {
			c.fields[i].index = c.layout.Index(f.Name)
		}
		var err error
		if c.fields[i].t, err = l.lower(f.Type); err != nil {
			return err
		}
	}
	if c.kind == types.IDLRecord {
		c.wire = sortedByID(c.fields)
	}
	return nil
}

func (l *lowerer) fillFunc(c *ctype, t *types.Func) error {
	c.sort = t.Sort
	results := t.Results
	if len(results) == 1 {
		if a, ok := types.Normalize(results[0]).(*types.Async); ok {
			c.promises = true
			results = []types.Type{a.Elem}
			if tup, ok := types.Normalize(a.Elem).(*types.Tuple); ok {
				results = tup.Elems
			}
		}
	}
	switch {
	case !c.promises:
		c.modes = []byte{2} // oneway
	case t.Sort == ast.QueryFunc:
		c.modes = []byte{1}
	case t.Sort == ast.CompositeQueryFunc:
		c.modes = []byte{3}
	}
	var err error
	if c.params, err = l.lowerAll(t.Params); err != nil {
		return err
	}
	c.results, err = l.lowerAll(results)
	return err
}

func sortedByID(fs []cfield) []cfield {
	w := append([]cfield(nil), fs...)
	for i := 1; i < len(w); i++ { // insertion sort: field lists are short
		for j := i; j > 0 && w[j].id < w[j-1].id; j-- {
			w[j], w[j-1] = w[j-1], w[j]
		}
	}
	return w
}

func notShared(t types.Type) error {
	return fmt.Errorf("candid: type %s has no Candid form", types.String(t))
}

// term numbers a type as moc's type table tells types apart: by structure,
// with named types inside it told apart by definition (not expanded), so
// `?A` and `?{x : Nat}` are two entries even when A is `{x : Nat}`. Types
// are numbered bottom up (a shape names its parts by number) and the
// numbers of type objects are remembered, so a type costs as much as its
// new parts.
func (l *lowerer) term(t types.Type) int {
	if n, ok := l.known[t]; ok {
		return n
	}
	var b strings.Builder
	list := func(ts []types.Type) {
		for _, e := range ts {
			fmt.Fprintf(&b, "%d,", l.term(e))
		}
		b.WriteByte(';')
	}
	switch t := t.(type) {
	case *types.Named:
		return l.term(t.Type)
	case *types.App:
		fmt.Fprintf(&b, "@%p<", t.Con)
		list(t.Args)
	case types.Prim:
		fmt.Fprintf(&b, "P%d", int(t))
	case *types.Tuple:
		b.WriteByte('(')
		list(t.Elems)
	case *types.Opt:
		fmt.Fprintf(&b, "?%d", l.term(t.Elem))
	case *types.Array:
		fmt.Fprintf(&b, "[%t%d", t.Mut, l.term(t.Elem))
	case *types.Obj:
		fmt.Fprintf(&b, "{%d", int(t.Sort))
		for _, f := range t.Fields() {
			fmt.Fprintf(&b, "%s%t:%d;", f.Name, f.Mut, l.term(f.Type))
		}
	case *types.Variant:
		b.WriteString("#")
		for _, g := range t.Tags {
			fmt.Fprintf(&b, "%s:%d;", g.Name, l.term(g.Type))
		}
	case *types.Func:
		fmt.Fprintf(&b, "F%d", int(t.Sort))
		list(t.Params)
		list(t.Results)
	case *types.Async:
		fmt.Fprintf(&b, "async%d", l.term(t.Elem))
	default:
		switch t {
		case types.Any:
			b.WriteString("Any")
		case types.None:
			b.WriteString("None")
		default: // type variables, by identity
			fmt.Fprintf(&b, "%p", t)
		}
	}
	n, ok := l.terms[b.String()]
	if !ok {
		n = len(l.terms)
		l.terms[b.String()] = n
	}
	l.known[t] = n
	return n
}
