// Package types represents Motoko's static types and the facts the checker
// records beside the syntax tree (Info), in the manner of go/types.
package types

import (
	"sort"

	"github.com/mori-lang/mori/ast"
)

// Type is a Motoko type. Prim values and the Any/None singletons compare
// with ==; structural types compare with Equal.
type Type interface {
	isType()
}

// Prim is a primitive type.
type Prim int

const (
	Null Prim = iota
	Bool
	Nat
	Nat8
	Nat16
	Nat32
	Nat64
	Int
	Int8
	Int16
	Int32
	Int64
	Float
	Float32
	Char
	Text
	Blob
	Principal
	Error
	Region
)

var primNames = [...]string{
	Null: "Null", Bool: "Bool", Nat: "Nat", Nat8: "Nat8", Nat16: "Nat16", Nat32: "Nat32",
	Nat64: "Nat64", Int: "Int", Int8: "Int8", Int16: "Int16", Int32: "Int32", Int64: "Int64",
	Float: "Float", Float32: "Float32", Char: "Char", Text: "Text", Blob: "Blob", Principal: "Principal",
	Error: "Error", Region: "Region",
}

// PrimByName maps a primitive type's name to it.
var PrimByName = func() map[string]Prim {
	m := make(map[string]Prim, len(primNames))
	for p, name := range primNames {
		m[name] = Prim(p)
	}
	return m
}()

func (p Prim) String() string { return primNames[p] }

// IsNumeric reports whether p is one of the number types (the floats included).
func (p Prim) IsNumeric() bool { return p >= Nat && p <= Float32 }

// IsFloat reports whether p is Float or Float32.
func (p Prim) IsFloat() bool { return p == Float || p == Float32 }

// IsFixed reports whether p is a bounded integer type (Nat8..Int64).
func (p Prim) IsFixed() bool { return (p >= Nat8 && p <= Nat64) || (p >= Int8 && p <= Int64) }

// IsSigned reports whether p is Int or a signed bounded type.
func (p Prim) IsSigned() bool { return p >= Int && p <= Int64 }

// Bits is the width of a bounded integer type, 0 for the others.
func (p Prim) Bits() int {
	switch p {
	case Nat8, Int8:
		return 8
	case Nat16, Int16:
		return 16
	case Nat32, Int32:
		return 32
	case Nat64, Int64:
		return 64
	}
	return 0
}

type top struct{}
type bottom struct{}

// Any is the top type; None the bottom type.
var (
	Any  Type = &top{}
	None Type = &bottom{}
)

// Tuple is `(A, B, ...)`; the empty tuple is unit.
type Tuple struct{ Elems []Type }

// Unit is `()`.
var Unit = &Tuple{}

// Opt is `?T`.
type Opt struct{ Elem Type }

// Array is `[T]` or `[var T]`.
type Array struct {
	Mut  bool
	Elem Type
}

// Field is a value field of an object type.
type Field struct {
	Name string
	Type Type
	Mut  bool
}

// TypeField is a type member of a module (`M.T`).
type TypeField struct {
	Name string
	Con  *Con
}

// Obj is an object, record, module or actor type. Its fields are sorted by
// name (byte order), the order debug_show prints them in.
type Obj struct {
	Sort       ast.ObjSort
	fields     []Field
	TypeFields []TypeField
	// typeOf, when set, types the fields still without one (see
	// NewLazyObj); it is cleared once every field has its type.
	typeOf func(name string) Type
}

// Tag is one case of a variant; Type is Unit for a bare `#tag`.
type Tag struct {
	Name string
	Type Type
}

// Variant is `{#a; #b : T}`; Tags are sorted by name.
type Variant struct{ Tags []Tag }

// Func is a function type. Params and Results are sequences: a function of
// two parameters has two Params, `(Nat, Nat) -> ()` has no Results.
type Func struct {
	Sort       ast.FuncSort
	TypeParams []*Var
	Params     []Type
	Results    []Type
}

// Async is `async T` (a future), or with Star `async* T` (a delayed
// computation); the two are unrelated.
type Async struct {
	Star bool
	Elem Type
	// Single says a shared function's reply is Elem as one value though it
	// is a tuple: written `async ((A, B))`, where `async (A, B)` replies
	// with A and B.
	Single bool
}

// Var is a type parameter of a generic function, class or type definition.
type Var struct {
	Name  string
	Bound Type // Any when unbounded
}

// Con is a named type definition `type Name<Params> = Body`. Definitions are
// transparent (structural): App of a Con is equivalent to its expanded body.
type Con struct {
	Name   string
	Params []*Var
	Body   Type // set after the whole scope is declared, so definitions may recurse
	// Path is how the program names a definition of an imported module,
	// `Region.Region`, which messages show; empty for the others.
	Path string
	// variances caches ParamVariance, once the body is known.
	variances []Variance
}

// App is a use of a named type `Name<Args>`.
type App struct {
	Con  *Con
	Args []Type
}

// Named is a parameter name attached to a function parameter or result
// type, `(n : Nat) -> Nat`: transparent, kept only for printing.
type Named struct {
	Name string
	Type Type
}

func (*Named) isType()   {}
func (Prim) isType()     {}
func (*top) isType()     {}
func (*bottom) isType()  {}
func (*Tuple) isType()   {}
func (*Opt) isType()     {}
func (*Array) isType()   {}
func (*Obj) isType()     {}
func (*Variant) isType() {}
func (*Func) isType()    {}
func (*Async) isType()   {}
func (*Var) isType()     {}
func (*App) isType()     {}

// Fields are the object's fields, sorted by name, each with its type.
func (o *Obj) Fields() []Field {
	if o.typeOf != nil {
		o.typeAll()
	}
	return o.fields
}

func (o *Obj) typeAll() {
	for i := range o.fields {
		o.typeField(i)
	}
	o.typeOf = nil
}

// typeField gives field i its type if it has none yet.
func (o *Obj) typeField(i int) {
	if f := &o.fields[i]; f.Type == nil && o.typeOf != nil {
		f.Type = o.typeOf(f.Name)
	}
}

// Field returns the field named name and whether it exists.
func (o *Obj) Field(name string) (Field, bool) {
	i := o.FieldIndex(name)
	if i < 0 {
		return Field{}, false
	}
	o.typeField(i)
	return o.fields[i], true
}

// FieldIndex returns the position of the field named name, or -1.
func (o *Obj) FieldIndex(name string) int {
	i := sort.Search(len(o.fields), func(i int) bool { return o.fields[i].Name >= name })
	if i < len(o.fields) && o.fields[i].Name == name {
		return i
	}
	return -1
}

// TypeField returns the type member named name.
func (o *Obj) TypeField(name string) (*Con, bool) {
	for _, f := range o.TypeFields {
		if f.Name == name {
			return f.Con, true
		}
	}
	return nil, false
}

// Tag returns the case named name and whether it exists.
func (v *Variant) Tag(name string) (Tag, bool) {
	i := sort.Search(len(v.Tags), func(i int) bool { return v.Tags[i].Name >= name })
	if i < len(v.Tags) && v.Tags[i].Name == name {
		return v.Tags[i], true
	}
	return Tag{}, false
}

// NewObj builds an object type, sorting its fields.
func NewObj(sort_ ast.ObjSort, fields []Field, typeFields []TypeField) *Obj {
	sort.Slice(fields, func(i, j int) bool { return fields[i].Name < fields[j].Name })
	return &Obj{Sort: sort_, fields: fields, TypeFields: typeFields}
}

// NewLazyObj is NewObj for fields some of which have no type yet: typeOf
// gives one its type when the field is first looked at. A library module's
// type is built so, as a program uses few of the functions a module has and
// typing each one means parsing and resolving its signature.
func NewLazyObj(sort_ ast.ObjSort, fields []Field, typeFields []TypeField, typeOf func(name string) Type) *Obj {
	o := NewObj(sort_, fields, typeFields)
	o.typeOf = typeOf
	return o
}

// NewVariant builds a variant type, sorting its tags.
func NewVariant(tags []Tag) *Variant {
	sort.Slice(tags, func(i, j int) bool { return tags[i].Name < tags[j].Name })
	return &Variant{Tags: tags}
}

// Seq turns a parameter or result sequence into one type: the element itself
// for a single one, a tuple otherwise.
func Seq(ts []Type) Type {
	if len(ts) == 1 {
		return ts[0]
	}
	return &Tuple{Elems: ts}
}

// ParamType is the type of a function's whole argument.
func (f *Func) ParamType() Type { return Seq(f.Params) }

// ResultType is the type of a function's whole result.
func (f *Func) ResultType() Type { return Seq(f.Results) }

// Walk calls visit on t and on every type inside it, without expanding
// definitions (a definition's arguments are visited, its body is not).
func Walk(t Type, visit func(Type)) {
	visit(t)
	switch t := t.(type) {
	case *Named:
		Walk(t.Type, visit)
	case *Tuple:
		for _, e := range t.Elems {
			Walk(e, visit)
		}
	case *Opt:
		Walk(t.Elem, visit)
	case *Array:
		Walk(t.Elem, visit)
	case *Async:
		Walk(t.Elem, visit)
	case *Obj:
		for _, f := range t.Fields() {
			Walk(f.Type, visit)
		}
	case *Variant:
		for _, g := range t.Tags {
			Walk(g.Type, visit)
		}
	case *Func:
		for _, v := range t.TypeParams {
			if v.Bound != nil {
				Walk(v.Bound, visit)
			}
		}
		for _, p := range t.Params {
			Walk(p, visit)
		}
		for _, r := range t.Results {
			Walk(r, visit)
		}
	case *App:
		for _, a := range t.Args {
			Walk(a, visit)
		}
	}
}
