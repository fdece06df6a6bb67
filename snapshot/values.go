package snapshot

import (
	"fmt"
	"math/big"
	"slices"
	"unicode/utf8"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// Values are written by their static type, which the reader knows from
// the saved signature, so a value carries no tags of its own. A value
// keeps only what its type shows (a record seen at a supertype loses the
// fields the program can no longer reach). Mutable arrays and the cells
// of `var` fields are written in full where first met and by number after
// that, so sharing and cycles survive; a Region is written as its id.

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
		s.kind, s.empty = kTuple, true
		s.elems = make([]*shape, len(t.Elems))
		for i, e := range t.Elems {
			if s.elems[i], err = sh.shape(e); err != nil {
				return err
			}
			s.empty = s.empty && s.elems[i].empty
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
		if t.Sort != ast.Object {
			return fmt.Errorf("type %s cannot be saved", types.String(t))
		}
		s.kind, s.empty = kRecord, true
		names := make([]string, len(t.Fields))
		s.fields = make([]fieldShape, len(t.Fields))
		for i, f := range t.Fields {
			names[i] = f.Name
			s.fields[i] = fieldShape{name: f.Name, mut: f.Mut}
			if s.fields[i].shape, err = sh.shape(f.Type); err != nil {
				return err
			}
			s.empty = s.empty && !f.Mut && s.fields[i].shape.empty
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
		if t != types.Any {
			return fmt.Errorf("type %s cannot be saved", types.String(t))
		}
		s.kind, s.empty = kAny, true
	}
	return err
}

// encoder writes values.
type encoder struct {
	w *writer
	// nodes numbers the mutable arrays and cells written so far.
	nodes      map[any]uint64
	methodName func(value.Value) (string, bool)
	depth      int
}

// maxValueDepth bounds how deeply values nest other than in their last
// part (an option's payload, a variant's, a tuple's or record's last
// element), which is followed in a loop: a list of any length is fine, a
// tree this deep is refused when saved, and when read taken as damaged,
// so that neither exhausts the stack.
const maxValueDepth = 1_000_000

// node writes a mutable array or cell by number when it was written
// before; otherwise it numbers it and returns true: write it in full.
func (e *encoder) node(ref any) bool {
	if n, ok := e.nodes[ref]; ok {
		e.w.uvarint(n + 1)
		return false
	}
	e.nodes[ref] = uint64(len(e.nodes))
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
			if n == 0 {
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
			if n == 0 {
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
	return c.V, e.node(c)
}

// single writes a value that has no last part to follow.
func (e *encoder) single(s *shape, v value.Value) error {
	switch s.kind {
	case kPrim:
		e.prim(s.prim, v)
	case kArray:
		elems := v.AsArray().Elems
		e.w.uvarint(uint64(len(elems)))
		return e.elements(s.elem, elems)
	case kMutArray:
		a := v.AsArray()
		if e.node(a) {
			e.w.uvarint(uint64(len(a.Elems)))
			return e.elements(s.elem, a.Elems)
		}
	case kFunc:
		name, ok := e.methodName(v)
		if !ok {
			return fmt.Errorf("a function of type %s that is not one of the actor's public methods cannot be saved", types.String(s.typ))
		}
		e.w.string(name)
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

func (e *encoder) prim(p types.Prim, v value.Value) {
	w := e.w
	switch p {
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
		w.string(v.AsText())
	case types.Blob:
		w.string(v.AsBlob())
	case types.Principal:
		w.string(v.AsPrincipal())
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

type decodedNode struct {
	shape *shape
	ref   any // *value.Array or *value.Cell
}

// node reads a mutable array's or cell's number: fresh (false: the caller
// reads it and registers it) or one read before, which must have been
// read at an equal type.
func (d *decoder) node(s *shape) (any, bool) {
	n := d.r.uvarint()
	if d.r.err != nil || n == 0 {
		return nil, false
	}
	if n > uint64(len(d.nodes)) {
		d.r.fail("reference to value %d not read yet", n-1)
		return nil, true
	}
	old := d.nodes[n-1]
	if old.shape != s && !types.Equal(old.shape.typ, s.typ) {
		d.r.fail("a shared value read at types %s and %s", types.String(old.shape.typ), types.String(s.typ))
		return nil, true
	}
	return old.ref, true
}

// parent is a value waiting for its last part (see maxValueDepth).
type parent struct {
	s     *shape
	tag   string        // kVariant
	elems []value.Value // kTuple, kRecord: the other parts
	cell  *value.Cell   // a record's last field
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
			parents = append(parents, parent{s: s, tag: s.tags[i].name})
			s = s.tags[i].shape
		case kTuple:
			n := len(s.elems)
			if n == 0 {
				break walk
			}
			elems := make([]value.Value, n)
			for i, e := range s.elems[:n-1] {
				elems[i] = d.value(e)
			}
			parents = append(parents, parent{s: s, elems: elems})
			s = s.elems[n-1]
		case kRecord:
			n := len(s.fields)
			if n == 0 {
				break walk
			}
			fields := make([]value.Value, n)
			for i, f := range s.fields[:n-1] {
				fields[i] = d.field(f)
			}
			last := s.fields[n-1]
			p := parent{s: s, elems: fields}
			if last.mut {
				if ref, seen := d.node(last.shape); seen || r.err != nil {
					fields[n-1] = d.cell(ref)
					v = value.MakeObject(s.layout, fields)
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
		switch p.s.kind {
		case kOpt:
			v = value.MakeOpt(v)
		case kVariant:
			v = value.MakeVariant(p.tag, v)
		case kTuple:
			p.elems[len(p.elems)-1] = v
			v = value.MakeTuple(p.elems)
		case kRecord:
			if p.cell != nil {
				p.cell.V, v = v, value.Value{Ref: p.cell}
			}
			p.elems[len(p.elems)-1] = v
			v = value.MakeObject(p.s.layout, p.elems)
		}
	}
	return v
}

// field reads one record field that is not the last.
func (d *decoder) field(f fieldShape) value.Value {
	if !f.mut {
		return d.value(f.shape)
	}
	if ref, seen := d.node(f.shape); seen || d.r.err != nil {
		return d.cell(ref)
	}
	c := d.newCell(f.shape)
	c.V = d.value(f.shape)
	return value.Value{Ref: c}
}

// newCell makes and numbers the cell of a `var` field before its content
// is read, which may refer to it.
func (d *decoder) newCell(s *shape) *value.Cell {
	c := &value.Cell{}
	d.nodes = append(d.nodes, decodedNode{s, c})
	return c
}

func (d *decoder) cell(ref any) value.Value {
	c, ok := ref.(*value.Cell)
	if !ok {
		d.r.fail("a shared field is not a field")
		return value.Unit
	}
	return value.Value{Ref: c}
}

// single reads a value that has no last part to follow.
func (d *decoder) single(s *shape) value.Value {
	r := d.r
	switch s.kind {
	case kPrim:
		return d.prim(s.prim)
	case kArray:
		return value.MakeArray(d.elements(s.elem))
	case kMutArray:
		if ref, seen := d.node(s); seen || r.err != nil {
			if a, ok := ref.(*value.Array); ok {
				return value.Value{Ref: a}
			}
			r.fail("a shared array is not an array")
			return value.Unit
		}
		a := &value.Array{}
		d.nodes = append(d.nodes, decodedNode{s, a}) // before its elements, which may refer to it
		a.Elems = d.elements(s.elem)
		return value.Value{Ref: a}
	case kFunc:
		name := r.string()
		if r.err != nil {
			return value.Unit
		}
		return d.refs.Method(name)
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

func (d *decoder) prim(p types.Prim) value.Value {
	r := d.r
	switch p {
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
		s := r.string()
		if !utf8.ValidString(s) {
			r.fail("text is not UTF-8")
		}
		return value.Text(s)
	case types.Blob:
		return value.MakeBlob(r.string())
	case types.Principal:
		return value.MakePrincipal(r.string())
	case types.Region:
		id := r.uvarint()
		reg, ok := d.refs.Region(id)
		if !ok && r.err == nil {
			r.fail("region %d is not in stable memory", id)
		}
		return value.Value{Ref: reg}
	}
	r.fail("a value of type %s", p)
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
