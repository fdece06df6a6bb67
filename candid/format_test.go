package candid

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// The layouts marked (candid) are those the Rust candid library's own
// tests expect of its value printer, which dfx uses; the others follow
// from the same rules.
func TestFormatText(t *testing.T) {
	cell := func() types.Type { // type List = ?{head : Int16; tail : List}
		con := &types.Con{Name: "List"}
		con.Body = opt(rec(fld("head", types.Int16), fld("tail", &types.App{Con: con})))
		return &types.App{Con: con}
	}()
	cases := []struct {
		name string
		ts   []types.Type
		vs   []value.Value
		want string
	}{
		{"no values", nil, nil, "()"},
		{"numbers and text", seq(types.Nat64, types.Text), vals(value.Word(42), txt("hi")), `(42 : nat64, "hi")`},
		{"record", seq(rec(fld("a", types.Nat), fld("b", types.Text))), vals(record("a", nat(1), "b", txt("x"))),
			`(record { a = 1 : nat; b = "x" })`},
		{"option of a number", seq(opt(types.Nat)), vals(some(nat(5))), "(opt (5 : nat))"},
		{"option of a text, null", seq(opt(types.Text), opt(types.Text)), vals(some(txt("a")), value.Null), `(opt "a", null)`},
		{"variant", seq(variant(tag("ok", types.Nat))), vals(value.MakeVariant("ok", nat(3))), "(variant { ok = 3 : nat })"},
		{"bool (candid)", seq(types.Bool), vals(value.Bool(true)), "(true)"},
		{"recursive list broken over lines (candid)", seq(cell, variant(tag("a", types.Nat))),
			vals(some(record("head", value.Signed(1000), "tail", some(record("head", value.Signed(-2000), "tail", value.Null)))),
				value.MakeVariant("a", nat(42))),
			"(\n  opt record {\n    head = 1_000 : int16;\n    tail = opt record { head = -2_000 : int16; tail = null };\n  },\n  variant { a = 42 : nat },\n)"},
		{"labels: ids, quoted keywords (candid)",
			seq(rec(fld("_43_", rec(fld("opt_", types.Text), fld("test", types.Text))), fld("long_label", opt(types.Null)), fld("label", types.Nat))),
			vals(record("_43_", record("opt_", txt("hello"), "test", txt("test")), "long_label", some(value.Null), "label", nat(42))),
			"(\n  record {\n    43 = record { \"opt\" = \"hello\"; test = \"test\" };\n    long_label = opt (null : null);\n    label = 42 : nat;\n  },\n)"},
		{"bare cases (candid)", seq(variant(tag("_42_", types.Unit)), variant(tag("label", types.Null))),
			vals(value.MakeVariant("_42_", value.Unit), value.MakeVariant("label", value.Null)),
			"(variant { 42 }, variant { label })"},
		{"binary blob (candid)", seq(types.Blob), vals(value.MakeBlob("DIDL\x00\x01\x7d\x80\x00")),
			`(blob "\44\49\44\4c\00\01\7d\80\00")`},
		{"textual blob and [Nat8]", seq(types.Blob, arr(types.Nat8), types.Blob),
			vals(value.MakeBlob("a\"b\n"), array(value.Word(104), value.Word(105)), value.MakeBlob("")),
			`(blob "a\22b\0a", blob "hi", blob "")`},
		{"floats (candid)", seq(types.Bool, types.Null, types.Float, types.Float, types.Float, types.Float),
			vals(value.Bool(true), value.Null, value.Float(42), value.Float(42.42), value.Float(-42e5), value.Float(42.42e-5)),
			"(\n  true,\n  null : null,\n  42.0 : float64,\n  42.42 : float64,\n  -4200000.0 : float64,\n  0.0004242 : float64,\n)"},
		{"special floats", seq(types.Float, types.Float, types.Float, types.Float),
			vals(value.Float(math.NaN()), value.Float(math.Inf(-1)), value.Float(math.Copysign(0, -1)), value.Float(1e21)),
			"(\n  NaN : float64,\n  -inf : float64,\n  -0.0 : float64,\n  1000000000000000000000.0 : float64,\n)"},
		{"grouped digits", seq(types.Nat, types.Int, types.Int8, types.Nat16, types.Int64),
			vals(bigv("12345678901234567890123"), intv(-1234), value.Signed(-100), value.Word(65535), value.Signed(math.MinInt64)),
			"(\n  12_345_678_901_234_567_890_123 : nat,\n  -1_234 : int,\n  -100 : int8,\n  65_535 : nat16,\n  -9_223_372_036_854_775_808 : int64,\n)"},
		{"text escapes", seq(types.Text), vals(txt("a\"b'c\\\n\t\x00é\u200b")), `("a\"b\'c\\\n\t\0é\u{200b}")`},
		{"tuple, unit, char, principal", seq(tup(types.Nat, types.Text), types.Unit, types.Char, types.Principal),
			vals(tuple(nat(1), txt("x")), value.Unit, value.Char('a'), value.MakePrincipal(canisterID)),
			"(\n  record { 1 : nat; \"x\" },\n  null : null,\n  97 : nat32,\n  principal \"rwlgt-iiaaa-aaaaa-aaaaa-cai\",\n)"},
		{"vec, empty vec, empty record", seq(arr(types.Nat), arr(types.Text), rec()),
			vals(array(nat(1), nat(2)), array(), value.Unit), "(vec { 1 : nat; 2 : nat }, vec {}, record {})"},
		{"long vec is compact", seq(arr(types.Nat)),
			vals(array(nat(0), nat(1), nat(2), nat(3), nat(4), nat(5), nat(6), nat(7), nat(8), nat(9), nat(10))),
			"(\n  vec { 0 : nat; 1 : nat; 2 : nat; 3 : nat; 4 : nat; 5 : nat; 6 : nat; 7 : nat; 8 : nat; 9 : nat; 10 : nat;},\n)"},
		{"option of option", seq(opt(opt(types.Nat)), opt(opt(types.Nat))), vals(some(value.Null), some(some(nat(1)))),
			"(opt null, opt opt (1 : nat))"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, FormatText(c.ts, c.vs))
		})
	}
}

// Values nested more than ten levels deep are written compactly, as dfx
// does: the innermost levels in Rust's Debug form.
func TestFormatTextDeep(t *testing.T) {
	ty, v := types.Type(types.Text), txt("it's")
	for range 12 {
		ty, v = opt(ty), some(v)
	}
	got := FormatText(seq(ty), vals(v))
	assert.Equal(t, "(opt opt opt opt opt opt opt opt opt opt opt opt \"it's\")", got)
	got = FormatText(seq(opt(types.Text)), vals(some(txt("it's"))))
	assert.Equal(t, `(opt "it\'s")`, got)
	assert.False(t, strings.Contains(FormatText(seq(ty), vals(v)), `\'`))
}
