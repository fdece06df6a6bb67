package candid

import (
	"encoding/hex"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// canisterID is rwlgt-iiaaa-aaaaa-aaaaa-cai, the canister drun creates.
var canisterID = "\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01"

// Every expected message here was produced by moc: the `Reply: 0x...` lines
// of test/run-drun/ok/*.drun-run.ok (file named), or `to_candid` run with
// moc 4.10.0's compiled mode (shared/oracle/moc-run).
var encodeCases = []struct {
	name string
	ts   []types.Type
	vs   []value.Value
	hex  string
}{
	{"unit (many)", nil, nil, "4449444c0000"},
	{"nat (stable-counter)", seq(types.Nat), vals(nat(3)), "4449444c00017d03"},
	{"nat 500 (two bytes)", seq(types.Nat), vals(nat(500)), "4449444c00017df403"},
	{"create reply",
		seq(rec(fld("canister_id", types.Principal))),
		vals(record("canister_id", value.MakePrincipal(canisterID))),
		"4449444c016c01b3c4b1f204680100010a00000000000000000101"},
	{"escaped field names (idl-field-escape)",
		seq(rec(fld("_0_", types.Int), fld("_1_", types.Nat), fld("async_", types.Text))),
		vals(record("_0_", intv(0xffff), "_1_", nat(0x1000), "async_", txt("XXX"))),
		"4449444c016c03007c017dbcfef7b102710100ffff03802003585858"},
	{"unit field, trailing underscore (idl-field-escape)",
		seq(rec(fld("foo_", types.Unit))),
		vals(record("foo_", value.Unit)),
		"4449444c016c01868eb7027f0100"},
	{"two ints (idl-tuple)", seq(types.Int, types.Int), vals(intv(2), intv(5)), "4449444c00027c7c0205"},
	{"int32 as int (idl-tuple)", seq(types.Int, types.Int, types.Int),
		vals(intv(5), intv(5), intv(0x04030201)), "4449444c00037c7c7c050581848c20"},
	{"tuple argument (idl-pair)", seq(tup(types.Int, types.Int)), vals(tuple(intv(2), intv(5))),
		"4449444c016c02007c017c01000205"},
	{"vec nat (idl-nat-int)", seq(arr(types.Nat)), vals(array(nat(42), nat(25))), "4449444c016d7d0100022a19"},
	{"tuple of texts",
		seq(tup(types.Text, types.Text, types.Text, types.Text)),
		vals(tuple(txt("One"), txt("Two"), txt("Three"), txt("Four"))),
		"4449444c016c0400710171027103710100034f6e650354776f05546872656504466f7572"},
	{"texts", seq(types.Text, types.Text, types.Text, types.Text),
		vals(txt("One"), txt("Two"), txt("Three"), txt("Four")),
		"4449444c000471717171034f6e650354776f05546872656504466f7572"},
	{"nat bool char", seq(types.Nat, types.Bool, types.Char), vals(nat(1), value.Bool(true), value.Char('a')),
		"4449444c00037d7e79010161000000"},
	{"float", seq(types.Float), vals(value.Float(6)), "4449444c0001720000000000001840"},
	{"opt nat8", seq(opt(types.Nat8)), vals(some(value.Word(4))), "4449444c016e7b01000104"},
	{"opt principal", seq(opt(types.Principal)), vals(some(value.MakePrincipal("\xca\xff\xee"))),
		"4449444c016e680100010103caffee"},
	{"principal", seq(types.Principal), vals(value.MakePrincipal("\xca\xff\xee")), "4449444c0001680103caffee"},
	{"int8", seq(types.Int8), vals(value.Signed(25)), "4449444c00017719"},
	{"text with newline", seq(types.Text), vals(txt(string(unhex("e29688e2968820202020e29688e296880a")))),
		"4449444c00017111e29688e2968820202020e29688e296880a"},
	{"bare tag (idl-shorthand)", seq(variant(tag("nil", types.Unit))), vals(value.MakeVariant("nil", value.Unit)),
		"4449444c016b01d1a7cf027f010000"},
	{"recursive variant (idl-variant)", seq(either), vals(value.MakeVariant("fix", value.MakeVariant("left", value.Word(32)))),
		"4449444c016b03d583b702008790c0bd0479dc9790cb0e790100000120000000"},
	{"recursive option of vectors (idl-vector)", seq(mayRose), vals(mayRoseValue),
		"4449444c026e016d0001000103010001040100010201000100010001000100"},
	{"recursive list (to_candid)", seq(list), vals(some(tuple(nat(1), some(tuple(nat(2), value.Null))))),
		"4449444c026e016c02007d010001000101010200"},
	{"alias and its body are two entries (to_candid)",
		seq(opt(alias("A", rec(fld("x", types.Nat)))), opt(rec(fld("x", types.Nat)))),
		vals(some(record("x", nat(1))), some(record("x", nat(2)))),
		"4449444c036e016c01787d6e0102000201010102"},
	{"blob, [Nat8], char, int, float, bool, null, unit (to_candid)",
		seq(types.Blob, arr(types.Nat8), types.Char, types.Int, types.Float, types.Bool, types.Null, types.Unit),
		vals(value.MakeBlob("a"), array(value.Word(1)), value.Char('x'), intv(-5), value.Float(1.5), value.Bool(true), value.Null, value.Unit),
		"4449444c026d7b6d7b080001797c727e7f7f01610101780000007b000000000000f83f01"},
	{"escapes, keywords, variant (to_candid)",
		seq(rec(fld("_0_", types.Nat), fld("_1_", types.Text), fld("type_", types.Nat),
			fld("foo", variant(tag("bar", types.Unit), tag("baz", types.Int))))),
		vals(record("_0_", nat(1), "_1_", txt("x"), "type_", nat(3), "foo", value.MakeVariant("bar", value.Unit))),
		"4449444c026c04007d0171868eb70201bae5a3e8047d6b02d3e3aa027fdbe3aa027c01000101780003"},
	{"principal and tuple (to_candid)", seq(types.Principal, tup(types.Nat, types.Text)),
		vals(value.MakePrincipal("\x00\x00\x00\x00\x00\x00\x00\x01\x01\x01"), tuple(nat(1), txt("x"))),
		"4449444c016c02007d0171026800010a00000000000000010101010178"},
	{"bounded and big numbers (to_candid)",
		seq(types.Int8, types.Nat16, types.Int32, types.Nat64, types.Int64, types.Nat, types.Int),
		vals(value.Signed(-128), value.Word(65535), value.Signed(-1), value.Word(math.MaxUint64),
			value.Signed(math.MinInt64), bigv("123456789012345678901234567890"), bigv("-123456789012345678901234567890")),
		"4449444c0007777a7578747d7c80ffffffffffffffffffffffffffff" +
			"0000000000000080d295fcf1e49df8b9c3edbfc8ee31aeea838e9be287c6bc92c0b7914e"},
	{"empty vectors and null option of None (to_candid)",
		seq(arr(types.Any), arr(types.None), opt(types.None)),
		vals(array(), array(), value.Null),
		"4449444c036d706d6f6e6f03000102000000"},
}

// either is `type Either = {#left : Nat32; #right : Char; #fix : Either}`.
var either = func() types.Type {
	con := &types.Con{Name: "Either"}
	use := &types.App{Con: con}
	con.Body = variant(tag("left", types.Nat32), tag("right", types.Char), tag("fix", use))
	return use
}()

// mayRose is `type MayRose = ?[MayRose]`; mayRoseValue is
// `?[?[], ?[?[], ?[?[], ?[]], ?[], ?[]], ?[]]`.
var mayRose = func() types.Type {
	con := &types.Con{Name: "MayRose"}
	use := &types.App{Con: con}
	con.Body = opt(arr(use))
	return use
}()

var mayRoseValue = func() value.Value {
	leaf := func() value.Value { return some(array()) }
	return some(array(leaf(), some(array(leaf(), some(array(leaf(), leaf())), leaf(), leaf())), leaf()))
}()

func TestEncodeMatchesMoc(t *testing.T) {
	for _, c := range encodeCases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Encode(c.ts, c.vs)
			require.NoError(t, err)
			assert.Equal(t, c.hex, hex.EncodeToString(got))
		})
	}
}

func TestEncodeRejects(t *testing.T) {
	shared := &types.Func{Sort: ast.SharedFunc, Results: []types.Type{&types.Async{Elem: types.Unit}}}
	actor := types.NewObj(ast.Actor, []types.Field{fld("f", shared)}, nil)
	cases := []struct {
		name string
		ts   []types.Type
		vs   []value.Value
		err  string
	}{
		{"count", seq(types.Nat), nil, "candid: 1 types for 0 values"},
		{"function value", seq(shared), vals(value.Unit), "candid: cannot serialise function references"},
		{"actor value", seq(actor), vals(value.Unit), "candid: cannot serialise actor references"},
		{"local function", seq(&types.Func{}), vals(value.Unit), "candid: type () -> () has no Candid form"},
		{"region", seq(types.Region), vals(value.Unit), "candid: type Region has no Candid form"},
		{"module", seq(types.NewObj(ast.Module, nil, nil)), vals(value.Unit), "candid: type module {} has no Candid form"},
		{"type parameter", seq(&types.Var{Name: "T", Bound: types.Any}), vals(value.Unit), "candid: type T has no Candid form"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Encode(c.ts, c.vs)
			assert.EqualError(t, err, c.err)
		})
	}
}

// Type tables with function types, from idl-func.drun-run.ok (the replies'
// headers; mori cannot send function references yet).
func TestTypeTableOfFunctions(t *testing.T) {
	fn := func() types.Type { // type Func = shared Int -> async Func
		con := &types.Con{Name: "Func"}
		use := &types.App{Con: con}
		con.Body = &types.Func{Sort: ast.SharedFunc, Params: seq(types.Int), Results: seq(&types.Async{Elem: use})}
		return use
	}()
	query := &types.Func{Sort: ast.QueryFunc, Results: seq(&types.Async{Elem: opt(fn)})}
	oneway := &types.Func{Sort: ast.SharedFunc}
	cases := []struct {
		ts  []types.Type
		hex string
	}{
		{seq(opt(fn)), "4449444c026e016a017c0101000100"},
		{seq(query), "4449444c036a00010101016e026a017c0102000100"},
		{seq(oneway), "4449444c016a000001020100"},
	}
	for _, c := range cases {
		cs, err := newLowerer().lowerAll(c.ts)
		require.NoError(t, err)
		assert.Equal(t, c.hex, hex.EncodeToString(buildTable(cs).header(cs)))
	}
	got, err := Encode(seq(opt(fn)), vals(value.Null))
	require.NoError(t, err)
	assert.Equal(t, "4449444c026e016a017c010100010000", hex.EncodeToString(got))
}

func TestNonRegularTypeIsRejected(t *testing.T) {
	a := &types.Var{Name: "A", Bound: types.Any}
	con := &types.Con{Name: "T", Params: []*types.Var{a}} // type T<A> = ?T<[A]>
	con.Body = opt(&types.App{Con: con, Args: seq(arr(a))})
	_, err := Encode(seq(&types.App{Con: con, Args: seq(types.Nat)}), vals(value.Null))
	assert.ErrorContains(t, err, "is too big")
}
