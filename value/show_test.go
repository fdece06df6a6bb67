package value

import (
	"fmt"
	"math"
	"math/big"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

func bigValue(s string) Value {
	b, _ := new(big.Int).SetString(s, 10)
	return BigInt(b)
}

func record(fields map[string]Value) Value {
	names := make([]string, 0, len(fields))
	for n := range fields {
		names = append(names, n)
	}
	l := LayoutOf(names)
	vals := make([]Value, len(l.Names))
	for i, n := range l.Names {
		vals[i] = fields[n]
	}
	return MakeObject(l, vals)
}

// The expected strings were printed by moc's compiled mode (moc-run).
func TestShow(t *testing.T) {
	abc := types.NewVariant([]types.Tag{
		{Name: "a", Type: types.Unit},
		{Name: "b", Type: &types.Tuple{Elems: []types.Type{types.Nat, types.Nat}}},
		{Name: "c", Type: types.NewObj(ast.Object, []types.Field{{Name: "x", Type: types.Nat}}, nil)},
		{Name: "d", Type: types.Unit},
		{Name: "neg", Type: types.Int},
		{Name: "opt", Type: &types.Opt{Elem: types.Nat}},
	})
	optInt := &types.Opt{Elem: types.Int}
	tests := []struct {
		name string
		v    Value
		t    types.Type
		want string
	}{
		{"nat zero", Int(0), types.Nat, "0"},
		{"nat small", Int(999), types.Nat, "999"},
		{"nat grouped", Int(123456789), types.Nat, "123_456_789"},
		{"nat big", bigValue("1180591620717411303424"), types.Nat, "1_180_591_620_717_411_303_424"},
		{"int zero", Int(0), types.Int, "0"},
		{"int positive", Int(5), types.Int, "+5"},
		{"int negative", Int(-1234567), types.Int, "-1_234_567"},
		{"int big negative", bigValue("-18446744073709551616"), types.Int, "-18_446_744_073_709_551_616"},
		{"nat64 max", Word(math.MaxUint64), types.Nat64, "18_446_744_073_709_551_615"},
		{"int8 min", Signed(-128), types.Int8, "-128"},
		{"int32 zero", Signed(0), types.Int32, "0"},
		{"int16 max", Signed(32767), types.Int16, "+32_767"},
		{"float", Float(3.14159), types.Float, "3.141590"},
		{"float huge", Float(1e30), types.Float, "1000000000000000019884624838656.000000"},
		{"float rounding", Float(2.0000005), types.Float, "2.000001"},
		{"float tiny negative", Float(-1e-7), types.Float, "-0.000000"},
		{"float nan", Float(math.NaN()), types.Float, "NaN"},
		{"float negative nan", Float(math.Copysign(math.NaN(), -1)), types.Float, "NaN"},
		{"float inf", Float(math.Inf(1)), types.Float, "inf"},
		{"float -inf", Float(math.Inf(-1)), types.Float, "-inf"},
		{"float -0", Float(math.Copysign(0, -1)), types.Float, "-0.000000"},
		{"bool", Bool(true), types.Bool, "true"},
		{"null", Null, types.Null, "null"},
		{"unit", Unit, types.Unit, "()"},
		{"char", Char('é'), types.Char, "'é'"},
		{"char quote", Char('\''), types.Char, "'''"},
		{"text unescaped", Text("q\"uo\\"), types.Text, `"q"uo\"`},
		{"blob", MakeBlob("\x00\xff\x10"), types.Blob, `"\00\FF\10"`},
		{"empty blob", MakeBlob(""), types.Blob, `""`},
		{"anonymous principal", MakePrincipal("\x04"), types.Principal, "2vxsx-fae"},
		{"principal", MakePrincipal("\x00\x01"), types.Principal, "g3pce-2iaae"},
		{"tuple", MakeTuple([]Value{Int(1), Int(-1)}), &types.Tuple{Elems: []types.Type{types.Nat, types.Int}}, "(1, -1)"},
		{"opt nat", MakeOpt(Int(1)), &types.Opt{Elem: types.Nat}, "?1"},
		{"opt positive int", MakeOpt(Int(5)), optInt, "?(+5)"},
		{"opt zero int", MakeOpt(Int(0)), optInt, "?0"},
		{"opt null", Null, optInt, "null"},
		{"opt of null", MakeOpt(Null), &types.Opt{Elem: types.Null}, "?null"},
		{"opt opt", MakeOpt(MakeOpt(Int(1))), &types.Opt{Elem: &types.Opt{Elem: types.Nat}}, "?(?1)"},
		{"opt opt null", MakeOpt(MakeOpt(Null)), &types.Opt{Elem: &types.Opt{Elem: types.Null}}, "?(?null)"},
		{"opt negative float", MakeOpt(Float(-1.5)), &types.Opt{Elem: types.Float}, "?(-1.500000)"},
		{"opt variant", MakeOpt(MakeVariant("a", Unit)), &types.Opt{Elem: abc}, "?(#a)"},
		{"opt unit", MakeOpt(Unit), &types.Opt{Elem: types.Unit}, "?()"},
		{"opt blob", MakeOpt(MakeBlob("a")), &types.Opt{Elem: types.Blob}, `?"\61"`},
		{"variant bare", MakeVariant("a", Unit), abc, "#a"},
		{"variant tuple", MakeVariant("b", MakeTuple([]Value{Int(1), Int(2)})), abc, "#b(1, 2)"},
		{"variant record", MakeVariant("c", record(map[string]Value{"x": Int(1)})), abc, "#c({x = 1})"},
		{"variant unit payload", MakeVariant("d", Unit), abc, "#d"},
		{"variant signed", MakeVariant("neg", Int(-3)), abc, "#neg(-3)"},
		{"variant opt", MakeVariant("opt", MakeOpt(Int(1))), abc, "#opt(?1)"},
		{"array", MakeArray([]Value{Int(1), Int(-1), Int(2)}), &types.Array{Elem: types.Int}, "[+1, -1, +2]"},
		{"empty array", MakeArray(nil), &types.Array{Elem: types.Nat}, "[]"},
		{"var array", MakeArray([]Value{Int(1), Int(2)}), &types.Array{Mut: true, Elem: types.Nat}, "[var 1, 2]"},
		{"empty var array", MakeArray(nil), &types.Array{Mut: true, Elem: types.Text}, "[var]"},
		{"empty record", Unit, types.NewObj(ast.Object, nil, nil), "{}"},
		{
			"record sorted with var field",
			record(map[string]Value{"count": CellOf(Int(1)), "Alpha": Char('A')}),
			types.NewObj(ast.Object, []types.Field{
				{Name: "count", Type: types.Nat, Mut: true},
				{Name: "Alpha", Type: types.Char},
			}, nil),
			"{Alpha = 'A'; count = 1}",
		},
		{
			"wider record at a narrower type",
			record(map[string]Value{"a": Int(1), "b": Int(2)}),
			types.NewObj(ast.Object, []types.Field{{Name: "b", Type: types.Nat}}, nil),
			"{b = 2}",
		},
		{
			"through a type definition",
			MakeOpt(Int(-2)),
			&types.App{Con: &types.Con{Name: "O", Params: []*types.Var{optParam}, Body: &types.Opt{Elem: optParam}}, Args: []types.Type{types.Int}},
			"?(-2)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Show(tt.v, tt.t))
		})
	}
}

var optParam = &types.Var{Name: "T", Bound: types.Any}

// nestedOptions is `?(?(...?null))`, n options deep, and its type.
func nestedOptions(n int) (Value, types.Type) {
	v, t := Null, types.Type(types.Null)
	for range n {
		v, t = MakeOpt(v), &types.Opt{Elem: t}
	}
	return v, t
}

func TestShowNestedOptions(t *testing.T) {
	v, typ := nestedOptions(3)
	assert.Equal(t, "?(?(?null))", Show(v, typ))
	v, typ = nestedOptions(1000)
	assert.Equal(t, strings.Repeat("?(", 999)+"?null"+strings.Repeat(")", 999), Show(v, typ))
}

// allocated is how many bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestShowIsLinear compares the memory printing takes for values of size n
// and 4n: about 4 times as much when it is linear, 16 times when quadratic.
func TestShowIsLinear(t *testing.T) {
	const n = 2000
	small, smallType := nestedOptions(n)
	large, largeType := nestedOptions(4 * n)
	ratio := float64(allocated(func() { Show(large, largeType) })) / float64(allocated(func() { Show(small, smallType) }))
	assert.Less(t, ratio, 6.0)
}

func BenchmarkShowNestedOptions(b *testing.B) {
	for _, n := range []int{2000, 8000} {
		v, typ := nestedOptions(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				Show(v, typ)
			}
		})
	}
}
