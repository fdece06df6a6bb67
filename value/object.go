package value

import (
	"sort"
	"strings"
	"sync"
)

// Null is `null`. It is a distinct reference so that no other value,
// whatever its type, can be mistaken for it.
var Null = Value{Ref: nullRef}

var nullRef = &struct{ _ byte }{}

// IsNull reports whether v is `null`.
func (v Value) IsNull() bool { return v.Ref == nullRef }

// Some wraps a payload that would be ambiguous on its own: `?v` is v itself
// unless v is null or already a Some, so `?5` costs nothing while `?null`,
// `??null` and `null` stay distinct.
type Some struct{ V Value }

// MakeOpt makes `?v`.
func MakeOpt(v Value) Value {
	if v.Ref == nullRef {
		return Value{Ref: &Some{V: v}}
	}
	if _, ok := v.Ref.(*Some); ok {
		return Value{Ref: &Some{V: v}}
	}
	return v
}

// OptPayload returns the payload of `?x`; the caller has checked IsNull.
func (v Value) OptPayload() Value {
	if s, ok := v.Ref.(*Some); ok {
		return s.V
	}
	return v
}

// Layout is the sorted field names of an object. Layouts are interned, so
// two objects with the same fields share one and a field site can cache the
// index it found for a layout.
type Layout struct {
	Names []string
	index map[string]int
}

var layouts = struct {
	sync.Mutex
	byKey map[string]*Layout
}{byKey: map[string]*Layout{}}

// LayoutOf returns the interned layout of the given field names (in any order).
func LayoutOf(names []string) *Layout {
	sorted := append([]string(nil), names...)
	sort.Strings(sorted)
	key := strings.Join(sorted, "\x00")
	layouts.Lock()
	defer layouts.Unlock()
	if l, ok := layouts.byKey[key]; ok {
		return l
	}
	l := &Layout{Names: sorted, index: make(map[string]int, len(sorted))}
	for i, n := range sorted {
		l.index[n] = i
	}
	layouts.byKey[key] = l
	return l
}

// Index returns the position of field name, or -1.
func (l *Layout) Index(name string) int {
	if i, ok := l.index[name]; ok {
		return i
	}
	return -1
}

// Object is an object, record, module or actor: its fields in layout order.
// A mutable field holds a *Cell.
type Object struct {
	Layout *Layout
	Fields []Value
}

// MakeObject makes an object value.
func MakeObject(l *Layout, fields []Value) Value {
	return Value{Ref: &Object{Layout: l, Fields: fields}}
}

// Objects of common sizes are allocated with their fields (see NewTuple).
type (
	object1 struct {
		Object
		buf [1]Value
	}
	object2 struct {
		Object
		buf [2]Value
	}
	object4 struct {
		Object
		buf [4]Value
	}
	object8 struct {
		Object
		buf [8]Value
	}
)

// NewObject returns an object of layout l whose fields the caller fills;
// make it a value with Value{Ref: object}.
func NewObject(l *Layout) *Object {
	n := len(l.Names)
	var o *Object
	switch {
	case n == 0:
		o = &Object{}
	case n <= 1:
		b := &object1{}
		b.Fields = b.buf[:n:n]
		o = &b.Object
	case n <= 2:
		b := &object2{}
		b.Fields = b.buf[:n:n]
		o = &b.Object
	case n <= 4:
		b := &object4{}
		b.Fields = b.buf[:n:n]
		o = &b.Object
	case n <= 8:
		b := &object8{}
		b.Fields = b.buf[:n:n]
		o = &b.Object
	default:
		o = &Object{Fields: make([]Value, n)}
	}
	o.Layout = l
	return o
}

// AsObject reads an object.
func (v Value) AsObject() *Object { return v.Ref.(*Object) }

// Field returns the field named name (its cell for a mutable field).
func (o *Object) Field(name string) (Value, bool) {
	i := o.Layout.Index(name)
	if i < 0 {
		return Value{}, false
	}
	return o.Fields[i], true
}

// FieldSite caches, for one access `x.name` in the program, where the field
// sits in the layout it last saw: a value of a wider record type may flow to
// a narrower one, so the index cannot be fixed at compile time.
type FieldSite struct {
	Name   string
	layout *Layout
	index  int
}

// Get returns the field of o this site names (its cell for a mutable field).
func (s *FieldSite) Get(o *Object) Value {
	if o.Layout != s.layout {
		s.index = o.Layout.Index(s.Name)
		s.layout = o.Layout
	}
	return o.Fields[s.index]
}
