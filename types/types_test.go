package types

import (
	"testing"

	"github.com/mori-lang/mori/ast"
	"github.com/stretchr/testify/assert"
)

func record(fields ...Field) *Obj { return NewObj(ast.Object, fields, nil) }

func TestSub(t *testing.T) {
	list := &Con{Name: "List"}
	elem := &Var{Name: "T", Bound: Any}
	list.Params = []*Var{elem}
	list.Body = &Opt{Elem: &Tuple{Elems: []Type{elem, &App{Con: list, Args: []Type{elem}}}}}
	listNat := &App{Con: list, Args: []Type{Nat}}
	listInt := &App{Con: list, Args: []Type{Int}}

	tests := []struct {
		name   string
		t1, t2 Type
		want   bool
	}{
		{"reflexive", Nat, Nat, true},
		{"Nat <: Int", Nat, Int, true},
		{"Int </: Nat", Int, Nat, false},
		{"Nat8 </: Nat", Nat8, Nat, false},
		{"anything <: Any", &Array{Elem: Text}, Any, true},
		{"None <: anything", None, Text, true},
		{"Null <: ?T", Null, &Opt{Elem: Nat}, true},
		{"option covariant", &Opt{Elem: Nat}, &Opt{Elem: Int}, true},
		{"immutable array covariant", &Array{Elem: Nat}, &Array{Elem: Int}, true},
		{"mutable array invariant", &Array{Mut: true, Elem: Nat}, &Array{Mut: true, Elem: Int}, false},
		{"record width", record(Field{Name: "a", Type: Nat}, Field{Name: "b", Type: Text}), record(Field{Name: "a", Type: Int}), true},
		{"record missing field", record(Field{Name: "a", Type: Nat}), record(Field{Name: "b", Type: Nat}), false},
		{"var field invariant", record(Field{Name: "a", Type: Nat, Mut: true}), record(Field{Name: "a", Type: Int, Mut: true}), false},
		{"variant fewer tags", NewVariant([]Tag{{Name: "a", Type: Unit}}), NewVariant([]Tag{{Name: "a", Type: Unit}, {Name: "b", Type: Nat}}), true},
		{"variant extra tag", NewVariant([]Tag{{Name: "c", Type: Unit}}), NewVariant([]Tag{{Name: "a", Type: Unit}}), false},
		{"function contravariant", &Func{Params: []Type{Int}, Results: []Type{Nat}}, &Func{Params: []Type{Nat}, Results: []Type{Int}}, true},
		{"function wrong way", &Func{Params: []Type{Nat}}, &Func{Params: []Type{Int}}, false},
		{"tuple arity", &Tuple{Elems: []Type{Nat}}, &Tuple{Elems: []Type{Nat, Nat}}, false},
		{"recursive definition", listNat, listInt, true},
		{"recursive definition wrong way", listInt, listNat, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Sub(tt.t1, tt.t2))
		})
	}
}

// TestBounds checks Lub and Glb against what moc infers (checked with the
// oracle's type errors): no option is made up for Null, a type variable
// stands for its bound in a lub, mutable parts must agree.
func TestBounds(t *testing.T) {
	varAB := &Var{Name: "T", Bound: record(Field{Name: "a", Type: Nat}, Field{Name: "b", Type: Nat})}
	varA := &Var{Name: "U", Bound: record(Field{Name: "a", Type: Nat})}
	tagA := NewVariant([]Tag{{Name: "a", Type: Unit}})
	tagB := NewVariant([]Tag{{Name: "b", Type: Nat}})
	tests := []struct {
		name     string
		t1, t2   Type
		lub, glb string
	}{
		{"numbers", Nat, Int, "Int", "Nat"},
		{"unrelated", Nat8, Int8, "Any", "None"},
		{"null and a number", Null, Nat, "Any", "None"},
		{"null and an option", Null, &Opt{Elem: Nat}, "?Nat", "Null"},
		{"variants", tagA, tagB, "{#a; #b : Nat}", "{#}"},
		{"records", record(Field{Name: "a", Type: Nat}, Field{Name: "b", Type: Text}), record(Field{Name: "a", Type: Int}),
			"{a : Int}", "{a : Nat; b : Text}"},
		{"mutable fields that differ", record(Field{Name: "a", Type: Nat, Mut: true}), record(Field{Name: "a", Type: Char, Mut: true}, Field{Name: "b", Type: Nat}),
			"{}", "None"},
		{"mutable arrays", &Array{Mut: true, Elem: Nat}, &Array{Mut: true, Elem: Int}, "Any", "None"},
		{"functions", &Func{Params: []Type{Nat}, Results: []Type{Int}}, &Func{Params: []Type{Int}, Results: []Type{Nat}},
			"Nat -> Int", "Int -> Nat"},
		{"variables by their bounds", varAB, varA, "{a : Nat}", "None"},
		{"computations", &Async{Star: true, Elem: Nat}, &Async{Star: true, Elem: Int}, "async* Int", "async* Nat"},
		{"futures and computations", &Async{Elem: Nat}, &Async{Star: true, Elem: Nat}, "Any", "None"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.lub, String(Lub(tt.t1, tt.t2)), "lub")
			assert.Equal(t, tt.glb, String(Glb(tt.t1, tt.t2)), "glb")
		})
	}
}

// TestBoundsRecursive checks that bounds of unrelated recursive
// definitions end, in recursive types that bound both.
func TestBoundsRecursive(t *testing.T) {
	con1, con2 := &Con{Name: "T1"}, &Con{Name: "T2"}
	t1, t2 := &App{Con: con1}, &App{Con: con2}
	con1.Body = NewVariant([]Tag{{Name: "a", Type: t1}, {Name: "x", Type: Nat}})
	con2.Body = NewVariant([]Tag{{Name: "a", Type: t2}, {Name: "y", Type: Text}})
	lub, glb := Lub(t1, t2), Glb(t1, t2)
	assert.True(t, Sub(t1, lub) && Sub(t2, lub), String(lub))
	assert.True(t, Sub(glb, t1) && Sub(glb, t2), String(glb))
	assert.False(t, Sub(lub, t1))
}

func TestString(t *testing.T) {
	v := &Var{Name: "T", Bound: Any}
	tests := []struct {
		t    Type
		want string
	}{
		{Nat, "Nat"},
		{Unit, "()"},
		{&Tuple{Elems: []Type{Nat, Text}}, "(Nat, Text)"},
		{&Opt{Elem: &Opt{Elem: Nat}}, "??Nat"},
		{&Array{Mut: true, Elem: Int}, "[var Int]"},
		{record(Field{Name: "b", Type: Nat, Mut: true}, Field{Name: "a", Type: Text}), "{a : Text; var b : Nat}"},
		{NewVariant(nil), "{#}"},
		{NewVariant([]Tag{{Name: "b", Type: Nat}, {Name: "a", Type: Unit}}), "{#a; #b : Nat}"},
		{&Func{Params: []Type{Nat}, Results: []Type{Nat}}, "Nat -> Nat"},
		{&Func{Params: []Type{Nat, Nat}}, "(Nat, Nat) -> ()"},
		{&Func{Params: []Type{&Tuple{Elems: []Type{Nat, Nat}}}}, "((Nat, Nat)) -> ()"},
		{&Func{TypeParams: []*Var{v}, Params: []Type{v}, Results: []Type{v}}, "<T>T -> T"},
		{&Func{Params: []Type{&Named{Name: "a", Type: Nat}, &Named{Name: "b", Type: Nat}}, Results: []Type{Nat}}, "(a : Nat, b : Nat) -> Nat"},
		{&Opt{Elem: &Func{Params: []Type{Nat}}}, "?(Nat -> ())"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, String(tt.t))
	}
}

// A generic definition whose methods mention it at other arguments expands
// without end; the relation must still answer, and identical applications
// need no expansion at all.
func TestSubTerminatesOnExpandingDefinitions(t *testing.T) {
	box := &Con{Name: "Box"}
	elem := &Var{Name: "T", Bound: Any}
	box.Params = []*Var{elem}
	u := &Var{Name: "U", Bound: Any}
	box.Body = record(Field{Name: "map", Type: &Func{
		TypeParams: []*Var{u},
		Params:     []Type{&Func{Params: []Type{elem}, Results: []Type{u}}},
		Results:    []Type{&App{Con: box, Args: []Type{u}}},
	}})
	boxNat := &App{Con: box, Args: []Type{Nat}}
	assert.True(t, Sub(boxNat, &App{Con: box, Args: []Type{Nat}}))
	assert.NotPanics(t, func() { Sub(boxNat, &App{Con: box, Args: []Type{Int}}) })
}

// StableSub is Sub without the conversions that lose data: promotion to
// Any and dropping record fields.
func TestStableSub(t *testing.T) {
	tests := []struct {
		name   string
		t1, t2 Type
		sub    bool
		stable bool
	}{
		{"Nat <: Int", Nat, Int, true, true},
		{"Nat to Any", Nat, Any, true, false},
		{"Any to Any", Any, Any, true, true},
		{"None to Any", None, Any, true, false},
		{"Any inside an option", &Opt{Elem: Nat}, &Opt{Elem: Any}, true, false},
		{"dropped field", record(Field{Name: "a", Type: Nat}, Field{Name: "b", Type: Nat}), record(Field{Name: "a", Type: Nat}), true, false},
		{"same fields", record(Field{Name: "a", Type: Nat}), record(Field{Name: "a", Type: Int}), true, true},
		{"added tag", NewVariant([]Tag{{Name: "a", Type: Unit}}), NewVariant([]Tag{{Name: "a", Type: Unit}, {Name: "b", Type: Unit}}), true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.sub, Sub(tt.t1, tt.t2))
			assert.Equal(t, tt.stable, StableSub(tt.t1, tt.t2))
		})
	}
}

func TestExplainVariable(t *testing.T) {
	list := &Con{Name: "List"}
	elem := &Var{Name: "T", Bound: Any}
	list.Params = []*Var{elem}
	list.Body = &Opt{Elem: &Tuple{Elems: []Type{elem, &App{Con: list, Args: []Type{elem}}}}}
	tests := []struct {
		name   string
		t1, t2 Type
		stable bool
		want   string
	}{
		{"compatible", Nat, Int, false, ""},
		{"primitives", Text, Bool, false, "the type \n  Text\n is not compatible with type \n  Bool\n in `x`"},
		{"definition in context", &App{Con: list, Args: []Type{Int}}, &App{Con: list, Args: []Type{Nat}}, false,
			"the type \n  Int\n is not compatible with type \n  Nat\n in `List` (used by `x`)"},
		{"promotion to Any", Nat, Any, true, "promoting \n  Nat\n to `Any` loses data\n in `x`"},
		{"dropped field", record(Field{Name: "f", Type: Nat}), record(), true, "field `f` is missing from expected type \n  {}\n of `x`"},
		{"missing tag", NewVariant([]Tag{{Name: "a", Type: Unit}, {Name: "b", Type: Unit}}), NewVariant([]Tag{{Name: "a", Type: Unit}}), false,
			"case `#b` is missing from expected type \n  {#a}\n of `x`"},
		{"fields in name order", record(Field{Name: "a", Type: Text}, Field{Name: "z", Type: Nat}), record(Field{Name: "a", Type: Nat}), true,
			"the type \n  Text\n is not compatible with type \n  Nat\n in `a` (used by `x`)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ExplainVariable("x", tt.t1, tt.t2, tt.stable))
		})
	}
}

func TestVarianceOf(t *testing.T) {
	v := &Var{Name: "T", Bound: Any}
	list := &Con{Name: "List", Params: []*Var{{Name: "A", Bound: Any}}}
	list.Body = &Opt{Elem: &Tuple{Elems: []Type{list.Params[0], &App{Con: list, Args: []Type{list.Params[0]}}}}}
	tests := []struct {
		name string
		t    Type
		want Variance
	}{
		{"absent", Nat, Bivariant},
		{"itself", v, Covariant},
		{"in an option", &Opt{Elem: v}, Covariant},
		{"a parameter", &Func{Params: []Type{v}}, Contravariant},
		{"a parameter's parameter", &Func{Params: []Type{&Func{Params: []Type{v}}}}, Covariant},
		{"a mutable array", &Array{Mut: true, Elem: v}, Invariant},
		{"a var field", record(Field{Name: "f", Type: v, Mut: true}), Invariant},
		{"both ways", &Func{Params: []Type{v}, Results: []Type{v}}, Invariant},
		{"through a recursive definition", &App{Con: list, Args: []Type{v}}, Covariant},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, VarianceOf(tt.t, v))
		})
	}
}

func TestNoProperSupertypesOrSubtypes(t *testing.T) {
	assert.True(t, HasNoSupertypes(Text))
	assert.True(t, HasNoSupertypes(Int))
	assert.False(t, HasNoSupertypes(Nat))
	assert.True(t, HasNoSubtypes(Nat))
	assert.False(t, HasNoSupertypes(record()))
	assert.True(t, HasNoSupertypes(&Opt{Elem: Text}))
	assert.False(t, HasNoSubtypes(&Opt{Elem: Text}))
	assert.True(t, HasNoSupertypes(&Func{Params: []Type{Nat}, Results: []Type{Int}}))
	assert.False(t, HasNoSupertypes(&Func{Params: []Type{Int}, Results: []Type{Int}}))
}
