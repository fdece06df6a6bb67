package prim

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/heap"
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// callCtx calls Builtins directly, enough for Array_tabulate's generator.
type callCtx struct{}

func (callCtx) Call(fn value.Value, args []value.Value) value.Value {
	return fn.Ref.(*value.Builtin).Fn(callCtx{}, args)
}

func (callCtx) Steps() (uint64, uint64) { return 0, 0 }

type fixture struct {
	out   *strings.Builder
	prims map[string]value.Value
}

func newFixture() fixture {
	out := &strings.Builder{}
	return fixture{out: out, prims: New(Host{Out: out, Regions: region.NewManager(region.Config{}, region.NewMemStore())})}
}

// call applies a primitive; a trap comes back as its message.
func (f fixture) call(name string, args ...value.Value) (result value.Value, trap string) {
	defer func() {
		if r := recover(); r != nil {
			trap = r.(*value.Trap).Message
		}
	}()
	b := f.prims[name].Ref.(*value.Builtin)
	return b.Fn(callCtx{}, args), ""
}

func TestEverySignatureIsImplemented(t *testing.T) {
	assert.Empty(t, Missing())
	impls := newFixture().prims
	for name := range impls {
		assert.Contains(t, Signatures, name, "implemented but not declared")
	}
}

// Expected results were printed by moc's compiled mode.
func TestPrimitives(t *testing.T) {
	tuple := func(ts ...types.Type) types.Type { return &types.Tuple{Elems: ts} }
	tests := []struct {
		name   string
		prim   string
		args   []value.Value
		typ    types.Type // of the result, to print it
		want   string
		trap   string
		output string
	}{
		{name: "natToNat8 overflow", prim: "natToNat8", args: []value.Value{value.Int(256)}, trap: "losing precision"},
		{name: "natToNat64 max", prim: "natToNat64", args: []value.Value{value.Nat(math.MaxUint64)}, typ: types.Nat64, want: "18_446_744_073_709_551_615"},
		{name: "intToNat64Wrap", prim: "intToNat64Wrap", args: []value.Value{value.Int(-1)}, typ: types.Nat64, want: "18_446_744_073_709_551_615"},
		{name: "int64ToNat64", prim: "int64ToNat64", args: []value.Value{value.Signed(-1)}, typ: types.Nat64, want: "18_446_744_073_709_551_615"},
		{name: "nat8ToInt8", prim: "nat8ToInt8", args: []value.Value{value.Word(255)}, typ: types.Int8, want: "-1"},
		{name: "nat16ToNat8 fits", prim: "nat16ToNat8", args: []value.Value{value.Word(255)}, typ: types.Nat8, want: "255"},
		{name: "nat16ToNat8 overflow", prim: "nat16ToNat8", args: []value.Value{value.Word(256)}, trap: "losing precision"},
		{name: "int16ToInt8 underflow", prim: "int16ToInt8", args: []value.Value{value.Signed(-129)}, trap: "losing precision"},
		{name: "int8ToInt16", prim: "int8ToInt16", args: []value.Value{value.Signed(-5)}, typ: types.Int16, want: "-5"},
		{name: "explodeNat32", prim: "explodeNat32", args: []value.Value{value.Word(0x01020304)}, typ: tuple(types.Nat8, types.Nat8, types.Nat8, types.Nat8), want: "(1, 2, 3, 4)"},
		{name: "explodeInt16", prim: "explodeInt16", args: []value.Value{value.Signed(-2)}, typ: tuple(types.Nat8, types.Nat8), want: "(255, 254)"},
		{name: "shiftLeft", prim: "shiftLeft", args: []value.Value{value.Int(3), value.Word(70)}, typ: types.Nat, want: "3_541_774_862_152_233_910_272"},
		{name: "shiftRight", prim: "shiftRight", args: []value.Value{value.Int(1024), value.Word(3)}, typ: types.Nat, want: "128"},
		{name: "abs", prim: "abs", args: []value.Value{value.Int(-7)}, typ: types.Nat, want: "7"},
		{name: "popcntInt8", prim: "popcntInt8", args: []value.Value{value.Signed(-1)}, typ: types.Int8, want: "+8"},
		{name: "clzNat16", prim: "clzNat16", args: []value.Value{value.Word(1)}, typ: types.Nat16, want: "15"},
		{name: "ctzNat64 of zero", prim: "ctzNat64", args: []value.Value{value.Word(0)}, typ: types.Nat64, want: "64"},
		{name: "btstInt8", prim: "btstInt8", args: []value.Value{value.Signed(-128), value.Signed(7)}, typ: types.Bool, want: "true"},
		{name: "clzInt32 of -1", prim: "clzInt32", args: []value.Value{value.Signed(-1)}, typ: types.Int32, want: "0"},
		{name: "nat32ToChar surrogate", prim: "nat32ToChar", args: []value.Value{value.Word(0xD800)}, trap: "codepoint out of range"},
		{name: "nat32ToChar too big", prim: "nat32ToChar", args: []value.Value{value.Word(0x110000)}, trap: "codepoint out of range"},
		{name: "charToUpper sharp s", prim: "charToUpper", args: []value.Value{value.Char('ß')}, typ: types.Char, want: "'ß'"},
		{name: "charToUpper titlecase", prim: "charToUpper", args: []value.Value{value.Char(0x1C5)}, typ: types.Char, want: "'Ǆ'"},
		{name: "textUppercase full mapping", prim: "textUppercase", args: []value.Value{value.Text("straße ﬁx")}, typ: types.Text, want: `"STRASSE FIX"`},
		// moc gives these, one of each kind of letter with iota subscript
		{name: "textUppercase iota subscript", prim: "textUppercase", args: []value.Value{value.Text("\u1F80\u1F8F\u1F90\u1FAF")}, typ: types.Text, want: "\"\u1F08\u0399\u1F0F\u0399\u1F28\u0399\u1F6F\u0399\""},
		{name: "textLowercase", prim: "textLowercase", args: []value.Value{value.Text("ÀB")}, typ: types.Text, want: `"àb"`},
		{name: "charIsWhitespace NEL", prim: "charIsWhitespace", args: []value.Value{value.Char(0x85)}, typ: types.Bool, want: "true"},
		{name: "charIsLowercase ordinal", prim: "charIsLowercase", args: []value.Value{value.Char(0xAA)}, typ: types.Bool, want: "true"},
		{name: "charIsAlphabetic roman numeral", prim: "charIsAlphabetic", args: []value.Value{value.Char(0x2160)}, typ: types.Bool, want: "true"},
		{name: "decodeUtf8 invalid", prim: "decodeUtf8", args: []value.Value{value.MakeBlob("\xff")}, typ: &types.Opt{Elem: types.Text}, want: "null"},
		{name: "decodeUtf8", prim: "decodeUtf8", args: []value.Value{value.MakeBlob("ab")}, typ: &types.Opt{Elem: types.Text}, want: `?"ab"`},
		{name: "textCompare", prim: "textCompare", args: []value.Value{value.Text("a"), value.Text("b")}, typ: types.Int8, want: "-1"},
		{name: "blobCompare", prim: "blobCompare", args: []value.Value{value.MakeBlob("b"), value.MakeBlob("a")}, typ: types.Int8, want: "+1"},
		{name: "idlHash", prim: "idlHash", args: []value.Value{value.Text("description")}, typ: types.Nat32, want: "1_595_738_364"},
		{name: "hashBlob", prim: "hashBlob", args: []value.Value{value.MakeBlob("abc")}, typ: types.Nat32, want: "891_568_578"},
		{name: "floatToInt big", prim: "floatToInt", args: []value.Value{value.Float(1e30)}, typ: types.Int, want: "+1_000_000_000_000_000_019_884_624_838_656"},
		{name: "floatToInt truncates", prim: "floatToInt", args: []value.Value{value.Float(-2.7)}, typ: types.Int, want: "-2"},
		{name: "floatToInt nan", prim: "floatToInt", args: []value.Value{value.Float(math.NaN())}, trap: "bigint function error"},
		{name: "floatToInt64 too big", prim: "floatToInt64", args: []value.Value{value.Float(1e30)}, trap: "float unrepresentable in integer range"},
		{name: "floatNearest even", prim: "floatNearest", args: []value.Value{value.Float(2.5)}, typ: types.Float, want: "2.000000"},
		{name: "floatNearest negative", prim: "floatNearest", args: []value.Value{value.Float(-3.5)}, typ: types.Float, want: "-4.000000"},
		{name: "floatMin zeros", prim: "floatMin", args: []value.Value{value.Float(0), value.Float(math.Copysign(0, -1))}, typ: types.Float, want: "-0.000000"},
		{name: "floatToText", prim: "floatToText", args: []value.Value{value.Float(1e21)}, typ: types.Text, want: `"1000000000000000000000.000000"`},
		{name: "format exponent", prim: "floatToFormattedText", args: []value.Value{value.Float(1.5), value.Word(2), value.Word(1)}, typ: types.Text, want: `"1.50e0"`},
		{name: "format negative exponent", prim: "floatToFormattedText", args: []value.Value{value.Float(0.00012), value.Word(1), value.Word(1)}, typ: types.Text, want: `"1.2e-4"`},
		{name: "format large exponent", prim: "floatToFormattedText", args: []value.Value{value.Float(-1234.5), value.Word(2), value.Word(1)}, typ: types.Text, want: `"-1.23e3"`},
		{name: "format mode 4 is the shortest", prim: "floatToFormattedText", args: []value.Value{value.Float(123456.789), value.Word(3), value.Word(4)}, typ: types.Text, want: `"123456.789"`},
		{name: "format at most 100 decimals", prim: "floatToFormattedText", args: []value.Value{value.Float(0.5), value.Word(255), value.Word(0)}, typ: types.Text, want: `"0.5` + strings.Repeat("0", 99) + `"`},
		{name: "format mode 3", prim: "floatToFormattedText", args: []value.Value{value.Float(1), value.Word(2), value.Word(3)}, trap: "float_fmt: unsupported mode"},
		{name: "format mode 3 of NaN", prim: "floatToFormattedText", args: []value.Value{value.Float(math.NaN()), value.Word(2), value.Word(3)}, trap: "float_fmt: unsupported mode"},
		{name: "format mode 5", prim: "floatToFormattedText", args: []value.Value{value.Float(1), value.Word(2), value.Word(5)}, trap: "float_fmt: unrecognized mode"},
		{name: "format mode 2 is fixed", prim: "floatToFormattedText", args: []value.Value{value.Float(0.0001234), value.Word(3), value.Word(2)}, typ: types.Text, want: `"0.000"`},
		{name: "Array_init", prim: "Array_init", args: []value.Value{value.Int(2), value.Int(7)}, typ: &types.Array{Mut: true, Elem: types.Nat}, want: "[var 7, 7]"},
		{name: "Array_init too large", prim: "Array_init", args: []value.Value{value.Int(1 << 40), value.Int(7)}, trap: "RTS error: Cannot grow memory"},
		{name: "blobToArray", prim: "blobToArray", args: []value.Value{value.MakeBlob("\x00\xff")}, typ: &types.Array{Elem: types.Nat8}, want: "[0, 255]"},
		{name: "arrayToBlob", prim: "arrayToBlob", args: []value.Value{value.MakeArray([]value.Value{value.Word(0x61), value.Word(0xFF)})}, typ: types.Blob, want: `"\61\FF"`},
		{name: "principalOfBlob", prim: "principalOfBlob", args: []value.Value{value.MakeBlob("\x04")}, typ: types.Principal, want: "2vxsx-fae"},
		{name: "principalOfBlob too long", prim: "principalOfBlob", args: []value.Value{value.MakeBlob(strings.Repeat("x", 30))}, trap: "blob too long for principal"},
		{name: "blobOfPrincipal", prim: "blobOfPrincipal", args: []value.Value{value.MakePrincipal("\x00\x01")}, typ: types.Blob, want: `"\00\01"`},
		{name: "errorMessage", prim: "errorMessage", args: []value.Value{value.MakeTuple([]value.Value{value.MakeVariant("canister_reject", value.Unit), value.Text("bad")})}, typ: types.Text, want: `"bad"`},
		{name: "trap", prim: "trap", args: []value.Value{value.Text("boom")}, trap: "boom"},
		{name: "debugPrintNat", prim: "debugPrintNat", args: []value.Value{value.Int(1000000)}, typ: types.Unit, want: "()", output: "1_000_000\n"},
		{name: "debugPrintInt", prim: "debugPrintInt", args: []value.Value{value.Int(5)}, typ: types.Unit, want: "()", output: "+5\n"},
		{name: "debugPrintChar", prim: "debugPrintChar", args: []value.Value{value.Char('A')}, typ: types.Unit, want: "()", output: "A\n"},
		{name: "regionLoad out of bounds", prim: "stableMemoryLoadNat32", args: []value.Value{value.Word(0)}, trap: "StableMemory range out of bounds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture()
			got, trap := f.call(tt.prim, tt.args...)
			require.Equal(t, tt.trap, trap)
			if tt.trap == "" {
				assert.Equal(t, tt.want, value.Show(got, tt.typ))
			}
			assert.Equal(t, tt.output, f.out.String())
		})
	}
}

// An array may be as large as the heap budget allows.
func TestArraySizeIsBoundedByTheBudget(t *testing.T) {
	heap.SetBudget(64 << 20)
	defer heap.SetBudget(heap.DefaultBudget)
	f := newFixture()
	got, trap := f.call("Array_init", value.Int(2_000_000), value.Word(7))
	require.Empty(t, trap)
	assert.Len(t, got.AsArray().Elems, 2_000_000)
	_, trap = f.call("Array_init", value.Int(3_000_000), value.Word(7))
	assert.Equal(t, "RTS error: Cannot grow memory", trap)
}

func TestArrayTabulateCallsTheGenerator(t *testing.T) {
	f := newFixture()
	double := value.MakeBuiltin("double", func(_ value.Context, args []value.Value) value.Value {
		return value.IntAdd(args[0], args[0])
	})
	got, trap := f.call("Array_tabulate", value.Int(3), double)
	require.Empty(t, trap)
	assert.Equal(t, "[0, 2, 4]", value.Show(got, &types.Array{Elem: types.Nat}))
}

func TestRegions(t *testing.T) {
	f := newFixture()
	r, trap := f.call("regionNew")
	require.Empty(t, trap)
	id, _ := f.call("regionId", r)
	assert.Equal(t, "16", value.IntText(id))
	old, _ := f.call("regionGrow", r, value.Word(1))
	assert.Equal(t, uint64(0), old.Bits)
	_, trap = f.call("regionStoreInt16", r, value.Word(10), value.Signed(-2))
	require.Empty(t, trap)
	got, _ := f.call("regionLoadInt16", r, value.Word(10))
	assert.Equal(t, int64(-2), got.AsInt64())
	got, _ = f.call("regionLoadNat8", r, value.Word(11))
	assert.Equal(t, uint64(0xFF), got.Bits)
	nan := math.Float64frombits(0x7FF8_0000_0000_1234)
	f.call("regionStoreFloat", r, value.Word(16), value.Float(nan))
	got, _ = f.call("regionLoadFloat", r, value.Word(16))
	assert.Equal(t, uint64(0x7FF8_0000_0000_1234), got.Bits)
	_, trap = f.call("regionStoreBlob", r, value.Word(65536), value.MakeBlob(""))
	assert.Equal(t, "Region error: offset out of bounds", trap)
	blob, _ := f.call("regionLoadBlob", r, value.Word(10), value.Int(2))
	assert.Equal(t, "\xfe\xff", blob.AsBlob())
	pages, _ := f.call("rts_stable_memory_size")
	assert.Equal(t, "144", value.IntText(pages))
}
