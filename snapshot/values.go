package snapshot

import (
	"fmt"
	"math/big"
	"slices"
	"unicode/utf8"
	"unsafe"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// Values are written by their static type, which the reader knows from
// the saved signature, so a value carries no tags of its own. A value
// keeps only what its type shows (a record seen at a supertype loses the
// fields the program can no longer reach). Every value on the heap (texts,
// blobs, arrays, tuples, records, variants, and the cells of `var` fields)
// is written in full where first met and by number after that, so sharing
// and cycles survive and a value referred to many times is written once;
// a Region is written as its id.

// kind is how values of a shape are written.
type kind uint8

const (
	kPrim kind = iota
	kAny
	kTuple
	kOpt
	kArray
	kMutArray
	kRecord
	kVariant
	kFunc
	kNone  // no values: only inside types such as [None]
	kActor // actor references, which mori cannot save yet
)

// A shape is a type compiled for reading and writing values: definitions
// expanded once, so that no value costs any type work.
type shape struct {
	kind   kind
	typ    types.Type
	prim   types.Prim
	elem   *shape   // kOpt, kArray, kMutArray
	elems  []*shape // kTuple
	fields []fieldShape
	layout *value.Layout
	tags   []tagShape
	// empty says values of the shape are written as nothing.
	empty bool
}

type fieldShape struct {
	name  string
	mut   bool
	shape *shape
}

type tagShape struct {
	name  string
	shape *shape
}

type shaper struct {
	memo  map[string]*shape
	depth int
}

func newShaper() *shaper { return &shaper{memo: map[string]*shape{}} }

// shape compiles t; equal types written alike share one shape, and a
// recursive type gives a cyclic shape.
func (sh *shaper) shape(t types.Type) (*shape, error) {
	key := types.Identity(t)
	if s, ok := sh.memo[key]; ok {
		return s, nil
	}
	sh.depth++
	defer func() { sh.depth-- }()
	if sh.depth > maxTypeDepth {
		return nil, fmt.Errorf("type %s unfolds too deep", types.String(t))
	}
	s := &shape{typ: t}
	sh.memo[key] = s
	return s, sh.fill(s, types.Normalize(t))
}

func (sh *shaper) fill(s *shape, t types.Type) error {
	var err error
	switch t := t.(type) {
	case types.Prim:
		if t == types.Error {
			return fmt.Errorf("type %s cannot be saved", types.String(t))
		}
		s.kind, s.prim, s.empty = kPrim, t, t == types.Null
	case *types.Tuple:
		s.kind, s.empty = kTuple, len(t.Elems) == 0
		s.elems = make([]*shape, len(t.Elems))
		for i, e := range t.Elems {
			if s.elems[i], err = sh.shape(e); err != nil {
				return err
			}
		}
	case *types.Opt:
		s.kind = kOpt
		s.elem, err = sh.shape(t.Elem)
	case *types.Array:
		s.kind = kArray
		if t.Mut {
			s.kind = kMutArray
		}
		s.elem, err = sh.shape(t.Elem)
	case *types.Obj:
		switch t.Sort {
		case ast.Actor:
			s.kind = kActor
			return nil
		case ast.Module:
			return fmt.Errorf("type %s cannot be saved", types.String(t))
		}
		s.kind, s.empty = kRecord, len(t.Fields()) == 0
		names := make([]string, len(t.Fields()))
		s.fields = make([]fieldShape, len(t.Fields()))
		for i, f := range t.Fields() {
			names[i] = f.Name
			s.fields[i] = fieldShape{name: f.Name, mut: f.Mut}
			if s.fields[i].shape, err = sh.shape(f.Type); err != nil {
				return err
			}
		}
		s.layout = value.LayoutOf(names)
	case *types.Variant:
		s.kind = kVariant
		s.tags = make([]tagShape, len(t.Tags))
		for i, tag := range t.Tags {
			s.tags[i].name = tag.Name
			if s.tags[i].shape, err = sh.shape(tag.Type); err != nil {
				return err
			}
		}
	case *types.Func:
		if t.Sort == ast.LocalFunc {
			return fmt.Errorf("type %s cannot be saved: only shared functions can", types.String(t))
		}
		s.kind = kFunc
	default:
		switch t {
		case types.Any:
			s.kind, s.empty = kAny, true
		case types.None:
			s.kind = kNone
		default:
			return fmt.Errorf("type %s cannot be saved", types.String(t))
		}
	}
	return err
}

// encoder writes values.
type encoder struct {
	w *writer
	// nodes numbers the heap values written so far.
	nodes      map[nodeKey]uint64
	methodName func(value.Value) (string, bool)
	depth      int
}

// nodeKey is a heap value written at a shape (an immutable value read at
// two types is written at each); a cell or mutable array, which has one
// type, is written once whatever the shape.
type nodeKey struct {
	ref   any
	shape *shape
}

// stringKey is the identity of a text's or blob's bytes.
type stringKey struct {
	data *byte
	len  int
}

// maxValueDepth bounds how deeply values nest other than in their last
// part (an option's payload, a variant's, a tuple's or record's last
// element), which is followed in a loop: a list of any length is fine, a
// tree this deep is refused when saved, and when read taken as damaged,
// so that neither exhausts the stack.
const maxValueDepth = 1_000_000

// node writes a heap value by number when it was written before;
// otherwise it numbers it and returns true: write it in full.
func (e *encoder) node(ref any, s *shape) bool {
	key := nodeKey{ref, s}
	if n, ok := e.nodes[key]; ok {
		e.w.uvarint(n + 1)
		return false
	}
	e.nodes[key] = uint64(len(e.nodes))
	e.w.uvarint(0)
	return true
}

func (e *encoder) value(s *shape, v value.Value) error {
	e.depth++
	defer func() { e.depth-- }()
	if e.depth > maxValueDepth {
		return fmt.Errorf("a value nested more than %d deep cannot be saved", maxValueDepth)
	}
	w := e.w
	for {
		switch s.kind {
		case kOpt:
			w.bool(!v.IsNull())
			if v.IsNull() {
				return nil
			}
			s, v = s.elem, v.OptPayload()
			continue
		case kVariant:
			if !e.node(v.Ref, s) {
				return nil
			}
			x := v.AsVariant()
			i := slices.IndexFunc(s.tags, func(t tagShape) bool { return t.name == x.Tag })
			if i < 0 {
				return fmt.Errorf("variant #%s is not of type %s", x.Tag, types.String(s.typ))
			}
			w.uvarint(uint64(i))
			s, v = s.tags[i].shape, x.Payload
			continue
		case kTuple:
			n := len(s.elems)
			if n == 0 || !e.node(v.Ref, s) {
				return nil
			}
			elems := v.AsTuple()
			for i, x := range elems[:n-1] {
				if err := e.value(s.elems[i], x); err != nil {
					return err
				}
			}
			s, v = s.elems[n-1], elems[n-1]
			continue
		case kRecord:
			n := len(s.fields)
			if n == 0 || !e.node(v.Ref, s) {
				return nil
			}
			o := v.AsObject()
			for _, f := range s.fields[:n-1] {
				x, ok := e.field(f, o)
				if !ok {
					continue
				}
				if err := e.value(f.shape, x); err != nil {
					return err
				}
			}
			last := s.fields[n-1]
			x, ok := e.field(last, o)
			if !ok {
				return nil
			}
			s, v = last.shape, x
			continue
		}
		return e.single(s, v)
	}
}

// field returns what to write of o's field f: for a `var` field the
// content of its cell, unless the cell was written before (false).
func (e *encoder) field(f fieldShape, o *value.Object) (value.Value, bool) {
	x, _ := o.Field(f.name)
	if !f.mut {
		return x, true
	}
	c := x.AsCell()
	return c.V, e.node(c, nil)
}

// single writes a value that has no last part to follow.
func (e *encoder) single(s *shape, v value.Value) error {
	switch s.kind {
	case kPrim:
		e.prim(s, v)
	case kArray:
		if !e.node(v.Ref, s) {
			return nil
		}
		elems := v.AsArray().Elems
		e.w.uvarint(uint64(len(elems)))
		return e.elements(s.elem, elems)
	case kMutArray:
		a := v.AsArray()
		if e.node(a, nil) {
			e.w.uvarint(uint64(len(a.Elems)))
			return e.elements(s.elem, a.Elems)
		}
	case kFunc:
		name, ok := e.methodName(v)
		if !ok {
			return fmt.Errorf("a function of type %s that is not one of the actor's public methods cannot be saved", types.String(s.typ))
		}
		e.w.string(name)
	case kNone:
		return fmt.Errorf("a value of type None")
	case kActor:
		return fmt.Errorf("a reference to an actor (of type %s) cannot be saved", types.String(s.typ))
	}
	return nil // kAny: nothing to write
}

func (e *encoder) elements(s *shape, elems []value.Value) error {
	for _, x := range elems {
		if err := e.value(s, x); err != nil {
			return err
		}
	}
	return nil
}

// text writes a text's or blob's bytes, once.
func (e *encoder) text(s *shape, t string) {
	if e.node(stringKey{unsafe.StringData(t), len(t)}, s) {
		e.w.string(t)
	}
}

func (e *encoder) prim(s *shape, v value.Value) {
	w := e.w
	switch s.prim {
	case types.Null:
	case types.Bool:
		w.bool(v.AsBool())
	case types.Nat, types.Int:
		if v.IsSmallInt() {
			w.byte(0)
			w.varint(v.AsInt64())
			return
		}
		b := v.AsBig()
		w.byte(1)
		w.bool(b.Sign() < 0)
		w.bytes(b.Bytes())
	case types.Int8, types.Int16, types.Int32, types.Int64:
		w.varint(v.AsInt64())
	case types.Float:
		w.uint64(v.Bits)
	case types.Text:
		e.text(s, v.AsText())
	case types.Blob:
		e.text(s, v.AsBlob())
	case types.Principal:
		e.text(s, v.AsPrincipal())
	case types.Region:
		w.uvarint(v.Ref.(*region.Region).ID())
	default: // Nat8..Nat64, Char
		w.uvarint(v.Bits)
	}
}

// maxEmptyElements bounds an array of values written as nothing (`[()]`),
// whose length the data cannot bound.
const maxEmptyElements = 1 << 26

// decoder reads values.
type decoder struct {
	r     *reader
	nodes []decodedNode
	refs  Refs
	depth int
}

// decodedNode is a heap value read. Arrays, tuples, records and variants
// are numbered when made, before their parts are read, which may refer
// to them through a cell.
type decodedNode struct {
	shape *shape
	v     value.Value
}

// node reads a heap value's number: fresh (false: the caller reads it and
// numbers it with add), or one read before at an equal type.
func (d *decoder) node(s *shape) (value.Value, bool) {
	n := d.r.uvarint()
	if d.r.err != nil || n == 0 {
		return value.Unit, false
	}
	if n > uint64(len(d.nodes)) {
		d.r.fail("reference to value %d not read yet", n-1)
		return value.Unit, true
	}
	old := d.nodes[n-1]
	if old.shape != s && !types.Equal(old.shape.typ, s.typ) {
		d.r.fail("a shared value read at types %s and %s", types.String(old.shape.typ), types.String(s.typ))
		return value.Unit, true
	}
	return old.v, true
}

func (d *decoder) add(s *shape, v value.Value) { d.nodes = append(d.nodes, decodedNode{s, v}) }

// parent is a value waiting for its last part (see maxValueDepth).
type parent struct {
	s    *shape
	v    value.Value  // the tuple, record or variant, made
	last *value.Value // where its last part goes
	cell *value.Cell  // a record's last field
}

func (d *decoder) value(s *shape) value.Value {
	r := d.r
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > maxValueDepth {
		r.fail("values nested too deep")
		return value.Unit
	}
	var parents []parent
	v := value.Unit
walk:
	for r.err == nil {
		if s.kind == kVariant || (s.kind == kTuple || s.kind == kRecord) && !s.empty {
			if old, seen := d.node(s); seen {
				v = old
				break
			}
		}
		switch s.kind {
		case kOpt:
			if !r.bool() {
				v = value.Null
				break walk
			}
			parents = append(parents, parent{s: s})
			s = s.elem
		case kVariant:
			i := r.uvarint()
			if i >= uint64(len(s.tags)) {
				r.fail("variant case %d of %s", i, types.String(s.typ))
				break walk
			}
			x := &value.Variant{Tag: s.tags[i].name}
			p := parent{s: s, v: value.Value{Ref: x}, last: &x.Payload}
			d.add(s, p.v)
			parents = append(parents, p)
			s = s.tags[i].shape
		case kTuple:
			n := len(s.elems)
			if n == 0 {
				break walk
			}
			tup := value.NewTuple(n)
			tv, elems := value.Value{Ref: tup}, tup.Elems
			d.add(s, tv)
			for i, e := range s.elems[:n-1] {
				elems[i] = d.value(e)
			}
			parents = append(parents, parent{s: s, v: tv, last: &elems[n-1]})
			s = s.elems[n-1]
		case kRecord:
			n := len(s.fields)
			if n == 0 {
				break walk
			}
			o := value.NewObject(s.layout)
			ov, fields := value.Value{Ref: o}, o.Fields
			d.add(s, ov)
			for i, f := range s.fields[:n-1] {
				fields[i] = d.field(f)
			}
			last := s.fields[n-1]
			p := parent{s: s, v: ov, last: &fields[n-1]}
			if last.mut {
				if old, seen := d.node(last.shape); seen || r.err != nil {
					fields[n-1] = d.cell(old)
					v = ov
					break walk
				}
				p.cell = d.newCell(last.shape)
			}
			parents = append(parents, p)
			s = last.shape
		default:
			v = d.single(s)
			break walk
		}
	}
	if r.err != nil {
		return value.Unit
	}
	for i := len(parents) - 1; i >= 0; i-- {
		p := parents[i]
		if p.s.kind == kOpt {
			v = value.MakeOpt(v)
			continue
		}
		if p.cell != nil {
			p.cell.V, v = v, value.Value{Ref: p.cell}
		}
		*p.last, v = v, p.v
	}
	return v
}

// field reads one record field that is not the last.
func (d *decoder) field(f fieldShape) value.Value {
	if !f.mut {
		return d.value(f.shape)
	}
	if old, seen := d.node(f.shape); seen || d.r.err != nil {
		return d.cell(old)
	}
	c := d.newCell(f.shape)
	c.V = d.value(f.shape)
	return value.Value{Ref: c}
}

// newCell makes and numbers the cell of a `var` field before its content
// is read, which may refer to it.
func (d *decoder) newCell(s *shape) *value.Cell {
	c := &value.Cell{}
	d.add(s, value.Value{Ref: c})
	return c
}

func (d *decoder) cell(v value.Value) value.Value {
	if _, ok := v.Ref.(*value.Cell); !ok {
		d.r.fail("a shared field is not a field")
		return value.Unit
	}
	return v
}

// single reads a value that has no last part to follow.
func (d *decoder) single(s *shape) value.Value {
	r := d.r
	switch s.kind {
	case kPrim:
		return d.prim(s)
	case kArray, kMutArray:
		if old, seen := d.node(s); seen || r.err != nil {
			if _, ok := old.Ref.(*value.Array); !ok {
				r.fail("a shared array is not an array")
			}
			return old
		}
		a := &value.Array{}
		d.add(s, value.Value{Ref: a}) // before its elements, which may refer to it
		a.Elems = d.elements(s.elem)
		return value.Value{Ref: a}
	case kFunc:
		name := r.string()
		if r.err != nil {
			return value.Unit
		}
		return d.refs.Method(name)
	case kNone, kActor:
		r.fail("a value of type %s", types.String(s.typ))
	}
	return value.Unit // kAny: nothing can look at it
}

func (d *decoder) elements(s *shape) []value.Value {
	var n int
	if s.empty {
		n = int(min(d.r.uvarint(), maxEmptyElements+1))
		if n > maxEmptyElements {
			d.r.fail("array of %d elements", n)
			return nil
		}
	} else {
		n = d.r.count(1)
	}
	elems := make([]value.Value, n)
	for i := range elems {
		elems[i] = d.value(s)
		if d.r.err != nil {
			return nil
		}
	}
	return elems
}

// text reads a text's or blob's bytes, or the number of ones read before.
func (d *decoder) text(s *shape, make func(string) value.Value) value.Value {
	if old, seen := d.node(s); seen || d.r.err != nil {
		return old
	}
	t := d.r.string()
	if s.prim == types.Text && !utf8.ValidString(t) {
		d.r.fail("text is not UTF-8")
	}
	v := make(t)
	d.add(s, v)
	return v
}

func (d *decoder) prim(s *shape) value.Value {
	r := d.r
	switch p := s.prim; p {
	case types.Null:
		return value.Null
	case types.Bool:
		return value.Bool(r.bool())
	case types.Nat, types.Int:
		return d.integer(p == types.Nat)
	case types.Nat8, types.Nat16, types.Nat32, types.Nat64:
		x := r.uvarint()
		if bits := p.Bits(); bits < 64 && x >= 1<<bits {
			r.fail("%d is not a %s", x, p)
		}
		return value.Word(x)
	case types.Int8, types.Int16, types.Int32, types.Int64:
		x := r.varint()
		if bits := p.Bits(); bits < 64 && (x < -1<<(bits-1) || x >= 1<<(bits-1)) {
			r.fail("%d is not an %s", x, p)
		}
		return value.Signed(x)
	case types.Float:
		return value.Value{Bits: r.uint64()}
	case types.Char:
		x := r.uvarint()
		if x > utf8.MaxRune || (x >= 0xD800 && x < 0xE000) {
			r.fail("%#x is not a Char", x)
		}
		return value.Char(rune(x))
	case types.Text:
		return d.text(s, value.Text)
	case types.Blob:
		return d.text(s, value.MakeBlob)
	case types.Principal:
		return d.text(s, value.MakePrincipal)
	case types.Region:
		id := r.uvarint()
		reg, ok := d.refs.Region(id)
		if !ok && r.err == nil {
			r.fail("region %d is not in stable memory", id)
		}
		return value.Value{Ref: reg}
	}
	r.fail("a value of type %s", s.prim)
	return value.Unit
}

func (d *decoder) integer(nat bool) value.Value {
	r := d.r
	var v value.Value
	switch r.byte() {
	case 0:
		v = value.Int(r.varint())
	case 1:
		neg := r.bool()
		b := new(big.Int).SetBytes(r.bytes())
		if neg {
			b.Neg(b)
		}
		v = value.BigInt(b)
	default:
		r.fail("bad integer")
		return value.Unit
	}
	if nat && value.IntSign(v) < 0 {
		r.fail("a negative Nat")
	}
	return v
}
