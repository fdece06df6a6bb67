package snapshot

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/stable"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

func record(fields ...types.Field) *types.Obj { return types.NewObj(ast.Object, fields, nil) }

func field(name string, t types.Type) types.Field { return types.Field{Name: name, Type: t} }

func varField(name string, t types.Type) types.Field {
	return types.Field{Name: name, Type: t, Mut: true}
}

func obj(fields map[string]value.Value) value.Value {
	var names []string
	for n := range fields {
		names = append(names, n)
	}
	l := value.LayoutOf(names)
	vals := make([]value.Value, len(l.Names))
	for i, n := range l.Names {
		vals[i] = fields[n]
	}
	return value.MakeObject(l, vals)
}

func nat(s string) value.Value {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return value.BigInt(b)
}

// listType is `type List<T> = ?(T, List<T>)`, as mo:base's List.
func listType(elem types.Type) types.Type {
	t := &types.Var{Name: "T", Bound: types.Any}
	list := &types.Con{Name: "List", Path: "List.List", Params: []*types.Var{t}}
	list.Body = &types.Opt{Elem: &types.Tuple{Elems: []types.Type{t, &types.App{Con: list, Args: []types.Type{t}}}}}
	return &types.App{Con: list, Args: []types.Type{elem}}
}

func list(n int) value.Value {
	l := value.Null
	for i := n; i > 0; i-- {
		l = value.MakeOpt(value.MakeTuple([]value.Value{value.Int(int64(i)), l}))
	}
	return l
}

var sharedFunc = &types.Func{Sort: ast.SharedFunc, Params: []types.Type{&types.Named{Name: "n", Type: types.Nat}},
	Results: []types.Type{&types.Async{Elem: types.Text}}}

// method stands for the closure of a public method.
var method = value.MakeBuiltin("inc", nil)

func methodName(v value.Value) (string, bool) {
	if v.Ref == method.Ref {
		return "inc", true
	}
	return "", false
}

func roundTrip(t *testing.T, sig stable.Signature, state map[string]value.Value, refs Refs) (stable.Signature, map[string]value.Value) {
	t.Helper()
	data, err := Encode(sig, state, methodName)
	require.NoError(t, err)
	if refs.Method == nil {
		refs.Method = func(name string) value.Value { return value.MakeBuiltin(name, nil) }
	}
	gotSig, got, err := Decode(data, refs)
	require.NoError(t, err)
	require.Len(t, gotSig, len(sig))
	for i, v := range sig {
		assert.Equal(t, v.Name, gotSig[i].Name)
		assert.Equal(t, v.Mut, gotSig[i].Mut)
		assert.Equal(t, types.String(v.Type), types.String(gotSig[i].Type), "type of %s", v.Name)
		assert.True(t, types.Equal(v.Type, gotSig[i].Type), "type of %s: %s", v.Name, types.String(gotSig[i].Type))
	}
	return gotSig, got
}

func TestRoundTripOfEveryStableType(t *testing.T) {
	pair := &types.Tuple{Elems: []types.Type{types.Nat, types.Text}}
	optNat := &types.Opt{Elem: types.Nat}
	tests := []struct {
		name string
		typ  types.Type
		v    value.Value
	}{
		{"null", types.Null, value.Null},
		{"bool", types.Bool, value.Bool(true)},
		{"small nat", types.Nat, value.Nat(12345)},
		{"big nat", types.Nat, nat("1267650600228229401496703205376")},
		{"small int", types.Int, value.Int(-42)},
		{"big int", types.Int, nat("-99999999999999999999999999")},
		{"nat8", types.Nat8, value.Word(255)},
		{"nat16", types.Nat16, value.Word(65535)},
		{"nat32", types.Nat32, value.Word(1 << 31)},
		{"nat64", types.Nat64, value.Word(math.MaxUint64)},
		{"int8", types.Int8, value.Signed(-128)},
		{"int16", types.Int16, value.Signed(32767)},
		{"int32", types.Int32, value.Signed(-1 << 31)},
		{"int64", types.Int64, value.Signed(math.MinInt64)},
		{"float", types.Float, value.Float(-0.15625)},
		{"char", types.Char, value.Char('ö')},
		{"text", types.Text, value.Text("héllo\x00")},
		{"concatenated text", types.Text, concat("ab", "cd")},
		{"blob", types.Blob, value.MakeBlob("\x00\xff\x10")},
		{"principal", types.Principal, value.MakePrincipal("\x00\x00\x00\x00\x00\x00\x00\x01\x01\x01")},
		{"unit", types.Unit, value.Unit},
		{"tuple", pair, value.MakeTuple([]value.Value{value.Nat(1), value.Text("x")})},
		{"null option", optNat, value.Null},
		{"option", optNat, value.MakeOpt(value.Nat(5))},
		{"option of null", &types.Opt{Elem: types.Null}, value.MakeOpt(value.Null)},
		{"option of option", &types.Opt{Elem: optNat}, value.MakeOpt(value.MakeOpt(value.Nat(3)))},
		{"option of null option", &types.Opt{Elem: optNat}, value.MakeOpt(value.Null)},
		{"array", &types.Array{Elem: types.Text}, value.MakeArray([]value.Value{value.Text("a"), value.Text("b")})},
		{"empty array", &types.Array{Elem: types.Nat}, value.MakeArray([]value.Value{})},
		{"array of units", &types.Array{Elem: types.Unit}, value.MakeArray([]value.Value{value.Unit, value.Unit, value.Unit})},
		{"mutable array", &types.Array{Mut: true, Elem: types.Nat}, value.MakeArray([]value.Value{value.Nat(7)})},
		{"record", record(field("a", types.Nat), varField("b", types.Text)),
			obj(map[string]value.Value{"a": value.Nat(1), "b": value.CellOf(value.Text("t"))})},
		{"empty record", record(), value.Unit},
		{"bare tag", types.NewVariant([]types.Tag{{Name: "a", Type: types.Unit}, {Name: "b", Type: types.Nat}}), value.MakeVariant("a", value.Unit)},
		{"tag with payload", types.NewVariant([]types.Tag{{Name: "a", Type: types.Unit}, {Name: "b", Type: types.Nat}}), value.MakeVariant("b", value.Nat(9))},
		{"generic definition", listType(types.Text), value.MakeOpt(value.MakeTuple([]value.Value{value.Text("h"), value.Null}))},
		{"long list", listType(types.Nat), list(50_000)},
		{"shared function", sharedFunc, method},
		{"no actor", &types.Opt{Elem: types.NewObj(ast.Actor, []types.Field{field("f", sharedFunc)}, nil)}, value.Null},
		{"array of None", &types.Array{Elem: types.None}, value.MakeArray(nil)},
		{"query function", &types.Func{Sort: ast.QueryFunc, Results: []types.Type{&types.Async{Elem: types.Unit}}}, method},
		{"nested", &types.Array{Elem: &types.Opt{Elem: record(field("k", pair), field("v", &types.Array{Mut: true, Elem: types.Int}))}},
			value.MakeArray([]value.Value{value.Null, value.MakeOpt(obj(map[string]value.Value{
				"k": value.MakeTuple([]value.Value{value.Nat(2), value.Text("two")}),
				"v": value.MakeArray([]value.Value{value.Int(-1)}),
			}))})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sig := stable.Signature{{Name: "x", Type: tt.typ}}
			_, got := roundTrip(t, sig, map[string]value.Value{"x": tt.v}, Refs{})
			if _, isFunc := tt.typ.(*types.Func); isFunc {
				assert.Equal(t, "inc", got["x"].Ref.(*value.Builtin).Name)
				return
			}
			if !value.Equal(tt.v, got["x"], tt.typ) {
				t.Errorf("got %s, want %s", value.Show(got["x"], tt.typ), value.Show(tt.v, tt.typ))
			}
		})
	}
}

// A value of type Any cannot be looked at: it is kept as nothing.
func TestAnyKeepsNothing(t *testing.T) {
	sig := stable.Signature{{Name: "a", Type: types.Any}, {Name: "b", Type: types.Nat}}
	_, got := roundTrip(t, sig, map[string]value.Value{"a": value.Text("gone"), "b": value.Nat(2)}, Refs{})
	assert.Equal(t, value.Unit, got["a"])
	assert.Equal(t, value.Nat(2), got["b"])
}

func TestAbsentVariableStaysAbsent(t *testing.T) {
	sig := stable.Signature{{Name: "a", Type: types.Nat, Mut: true}, {Name: "b", Type: types.Nat}}
	_, got := roundTrip(t, sig, map[string]value.Value{"b": value.Nat(2)}, Refs{})
	assert.NotContains(t, got, "a")
	assert.Contains(t, got, "b")
}

func TestSharingAndCyclesSurvive(t *testing.T) {
	arrT := &types.Array{Mut: true, Elem: types.Nat}
	shared := value.MakeArray([]value.Value{value.Nat(1), value.Nat(2)})

	// type Node = {var next : ?Node; tag : Nat}: a ring of two nodes.
	node := &types.Con{Name: "Node"}
	nodeT := &types.App{Con: node}
	node.Body = record(varField("next", &types.Opt{Elem: nodeT}), field("tag", types.Nat))
	cellA, cellB := &value.Cell{}, &value.Cell{}
	a := obj(map[string]value.Value{"next": {Ref: cellA}, "tag": value.Nat(1)})
	b := obj(map[string]value.Value{"next": {Ref: cellB}, "tag": value.Nat(2)})
	cellA.V, cellB.V = value.MakeOpt(b), value.MakeOpt(a)

	// type Self = [var ?Self]: an array holding itself.
	self := &types.Con{Name: "Self"}
	selfT := &types.App{Con: self}
	self.Body = &types.Array{Mut: true, Elem: &types.Opt{Elem: selfT}}
	loop := &value.Array{Elems: make([]value.Value, 1)}
	loop.Elems[0] = value.MakeOpt(value.Value{Ref: loop})

	// The same cell seen through two records of different types.
	cell := &value.Cell{V: value.Nat(5)}
	wide := obj(map[string]value.Value{"c": {Ref: cell}, "d": value.Nat(0)})

	sig := stable.Signature{
		{Name: "a1", Type: arrT}, {Name: "a2", Type: &types.Tuple{Elems: []types.Type{arrT, arrT}}},
		{Name: "narrow", Type: record(varField("c", types.Nat))},
		{Name: "ring", Type: nodeT}, {Name: "self", Type: selfT},
		{Name: "wide", Type: record(varField("c", types.Nat), field("d", types.Nat))},
	}
	state := map[string]value.Value{
		"a1": shared, "a2": value.MakeTuple([]value.Value{shared, shared}),
		"ring": a, "self": {Ref: loop}, "narrow": wide, "wide": wide,
	}
	_, got := roundTrip(t, sig, state, Refs{})

	a1 := got["a1"].AsArray()
	a2 := got["a2"].AsTuple()
	assert.Same(t, a1, a2[0].AsArray())
	assert.Same(t, a1, a2[1].AsArray())
	a1.Elems[0] = value.Nat(10)
	assert.Equal(t, value.Nat(10), a2[1].AsArray().Elems[0])

	ring := got["ring"].AsObject()
	next, _ := ring.Field("next")
	second := next.AsCell().V.OptPayload().AsObject()
	back, _ := second.Field("next")
	assert.Same(t, ring, back.AsCell().V.OptPayload().AsObject(), "the ring closes")
	tag, _ := second.Field("tag")
	assert.Equal(t, value.Nat(2), tag)

	loopGot := got["self"].AsArray()
	assert.Same(t, loopGot, loopGot.Elems[0].OptPayload().AsArray())

	c1, _ := got["narrow"].AsObject().Field("c")
	c2, _ := got["wide"].AsObject().Field("c")
	assert.Same(t, c1.AsCell(), c2.AsCell())
}

// A value referred to many times is written once: 1000 references to one
// 64 KiB blob make a snapshot of about one blob.
func TestSharedImmutableValuesAreWrittenOnce(t *testing.T) {
	blob := value.MakeBlob(string(make([]byte, 1<<16)))
	row := value.MakeTuple([]value.Value{value.Nat(1), blob})
	elems := make([]value.Value, 1000)
	for i := range elems {
		elems[i] = row
	}
	typ := &types.Array{Elem: &types.Tuple{Elems: []types.Type{types.Nat, types.Blob}}}
	sig := stable.Signature{{Name: "rows", Type: typ}}
	data, err := Encode(sig, map[string]value.Value{"rows": value.MakeArray(elems)}, methodName)
	require.NoError(t, err)
	assert.Less(t, len(data), 1<<16+3000)
	_, got := roundTrip(t, sig, map[string]value.Value{"rows": value.MakeArray(elems)}, Refs{})
	rows := got["rows"].AsArray().Elems
	assert.Same(t, rows[0].Ref, rows[999].Ref)
	assert.Equal(t, 1<<16, len(rows[999].AsTuple()[1].AsBlob()))
}

func TestRegionsByID(t *testing.T) {
	m := region.NewManager(region.Config{}, region.NewMemStore())
	r1, err := m.New()
	require.NoError(t, err)
	r2, err := m.New()
	require.NoError(t, err)
	regT := &types.Array{Elem: types.Region}
	sig := stable.Signature{{Name: "rs", Type: regT}, {Name: "var_r", Type: types.Region, Mut: true}}
	state := map[string]value.Value{"rs": value.MakeArray([]value.Value{{Ref: r1}, {Ref: r2}, {Ref: r1}}), "var_r": {Ref: r2}}
	_, got := roundTrip(t, sig, state, Refs{Region: m.RegionByID})
	rs := got["rs"].AsArray().Elems
	assert.Same(t, r1, rs[0].Ref)
	assert.Same(t, r2, rs[1].Ref)
	assert.Same(t, r1, rs[2].Ref)
	assert.Same(t, r2, got["var_r"].Ref)

	data, err := Encode(sig, state, methodName)
	require.NoError(t, err)
	_, _, err = Decode(data, Refs{Region: func(uint64) (*region.Region, bool) { return nil, false }})
	assert.ErrorContains(t, err, "region 16 is not in stable memory")
}

func TestValuesThatCannotBeSaved(t *testing.T) {
	local := &types.Func{Sort: ast.LocalFunc}
	tests := []struct {
		name string
		typ  types.Type
		v    value.Value
		want string
	}{
		{"local function", local, method, "stable variable `x`: type () -> () cannot be saved: only shared functions can"},
		{"a function that is no method", sharedFunc, value.MakeBuiltin("other", nil), "is not one of the actor's public methods"},
		{"error", types.Error, value.Unit, "type Error cannot be saved"},
		{"async", &types.Async{Elem: types.Nat}, value.Unit, "cannot be saved"},
		{"module", types.NewObj(ast.Module, nil, nil), value.Unit, "cannot be saved"},
		{"actor", types.NewObj(ast.Actor, nil, nil), value.Unit, "a reference to an actor (of type actor {}) cannot be saved"},
		{"none", &types.Array{Elem: types.None}, value.MakeArray([]value.Value{value.Unit}), "a value of type None"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Encode(stable.Signature{{Name: "x", Type: tt.typ}}, map[string]value.Value{"x": tt.v}, methodName)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// sample is a snapshot exercising most of the format, for the damage tests.
func sample(t testing.TB) []byte {
	sig := stable.Signature{
		{Name: "l", Type: listType(types.Int)},
		{Name: "r", Type: record(varField("c", types.Nat8), field("t", types.Text))},
		{Name: "v", Type: types.NewVariant([]types.Tag{{Name: "a", Type: types.Char}, {Name: "b", Type: types.Nat}})},
	}
	state := map[string]value.Value{
		"l": list(3),
		"r": obj(map[string]value.Value{"c": value.CellOf(value.Word(200)), "t": value.Text("ü")}),
		"v": value.MakeVariant("b", nat("123456789012345678901234567890")),
	}
	data, err := Encode(sig, state, methodName)
	require.NoError(t, err)
	return data
}

var testRefs = Refs{
	Region: func(uint64) (*region.Region, bool) { return nil, false },
	Method: func(name string) value.Value { return value.MakeBuiltin(name, nil) },
}

func TestDamagedData(t *testing.T) {
	good := sample(t)
	header := len(magic + version + "\n")
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a snapshot", []byte("hello"), "not mori's stable variables"},
		{"another version", []byte(magic + "7\n"), `saved in format "7"; this mori reads format "1"`},
		{"trailing bytes", append(append([]byte{}, good...), 0), "1 bytes after the last variable"},
		{"unknown type", append([]byte(magic+version+"\n"), 1, 1, 'x', 0, 99), "a saved type mori cannot read: type tag 99"},
		{"unknown primitive", append([]byte(magic+version+"\n"), 1, 1, 'x', 0, tPrim, 77), "primitive type 77"},
		{"huge count", append([]byte(magic+version+"\n"), 0xff, 0xff, 0xff, 0x0f), "exceeds the data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Decode(tt.data, testRefs)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	t.Run("every truncation", func(t *testing.T) {
		for n := header; n < len(good); n++ {
			_, _, err := Decode(good[:n], testRefs)
			assert.Error(t, err, "cut at %d", n)
		}
	})
}

func TestBadValues(t *testing.T) {
	one := func(t types.Type, value ...byte) []byte {
		w := &writer{b: []byte(magic + version + "\n")}
		w.uvarint(1)
		w.string("x")
		w.bool(false)
		require.NoError(nil, newTypeWriter(w).typ(t))
		w.bool(true)
		return append(w.b, value...)
	}
	variant := types.NewVariant([]types.Tag{{Name: "a", Type: types.Unit}})
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"nat8 too big", one(types.Nat8, 0x80, 0x02), "256 is not a Nat8"},
		{"int8 too small", one(types.Int8, 0x81, 0x02), "-129 is not an Int8"},
		{"negative nat", one(types.Nat, 0, 0x01), "a negative Nat"},
		{"bad flag", one(types.Bool, 2), "neither 0 nor 1"},
		{"surrogate char", one(types.Char, 0x80, 0xb0, 0x03), "is not a Char"},
		{"text not UTF-8", one(types.Text, 0, 1, 0xff), "text is not UTF-8"},
		{"variant case", one(variant, 0, 3), "variant case 3"},
		{"forward reference", one(&types.Array{Mut: true, Elem: types.Nat}, 5), "reference to value 4 not read yet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Decode(tt.data, testRefs)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestUnproductiveDefinition(t *testing.T) {
	loop := &types.Con{Name: "Loop"}
	loop.Body = &types.App{Con: loop}
	w := &writer{b: []byte(magic + version + "\n")}
	w.uvarint(1)
	w.string("x")
	w.bool(false)
	require.NoError(t, newTypeWriter(w).typ(&types.App{Con: loop}))
	w.bool(false)
	_, _, err := Decode(w.b, testRefs)
	assert.ErrorContains(t, err, "type definition Loop never reaches a type")
}

// Damaged data of any shape is an error, never a crash.
func FuzzDecode(f *testing.F) {
	f.Add(sample(f))
	f.Add([]byte(magic + version + "\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		Decode(data, testRefs)
	})
}

func TestByteFlipsDoNotCrash(t *testing.T) {
	good := sample(t)
	for i := range good {
		for _, x := range []byte{0x00, 0x01, 0x7f, 0x80, 0xff} {
			data := append([]byte{}, good...)
			data[i] ^= x
			Decode(data, testRefs)
		}
	}
}

// concat makes a Text as `#` does, a view over a shared buffer.
func concat(a, b string) value.Value {
	v, _ := value.Concat(value.Text(a), value.Text(b))
	return v
}
