package candid

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// show prints decoded values as debug_show would, one per line.
func show(ts []types.Type, vs []value.Value) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		if types.Normalize(ts[i]) == types.Any {
			parts[i] = "<any>" // values of type Any have no debug_show
			continue
		}
		parts[i] = value.Show(v, ts[i])
	}
	return strings.Join(parts, "\n")
}

func TestDecodeRoundTrip(t *testing.T) {
	type roundTrip struct {
		name string
		ts   []types.Type
		vs   []value.Value
	}
	var cases []roundTrip
	for _, c := range encodeCases {
		if strings.Contains(c.name, "None") {
			continue // values of type None have no debug_show
		}
		cases = append(cases, roundTrip{c.name, c.ts, c.vs})
	}
	cases = append(cases, []roundTrip{
		{"bounded extremes",
			seq(types.Nat8, types.Nat16, types.Nat32, types.Nat64, types.Int8, types.Int16, types.Int32, types.Int64),
			vals(value.Word(255), value.Word(65535), value.Word(math.MaxUint32), value.Word(math.MaxUint64),
				value.Signed(-128), value.Signed(-32768), value.Signed(math.MinInt32), value.Signed(math.MinInt64))},
		{"nat and int around 64 bits", seq(types.Nat, types.Nat, types.Int, types.Int, types.Int),
			vals(nat(math.MaxUint64), bigv("18446744073709551616"), intv(math.MinInt64), bigv("-9223372036854775809"), intv(-64))},
		{"huge numbers", seq(types.Nat, types.Int),
			vals(bigv("1"+strings.Repeat("0", 300)), bigv("-7"+strings.Repeat("3", 300)))},
		{"floats", seq(types.Float, types.Float, types.Float, types.Float),
			vals(value.Float(math.Inf(-1)), value.Float(math.NaN()), value.Float(-0.0), value.Float(1e-300))},
		{"texts and chars", seq(types.Text, types.Text, types.Char, types.Char),
			vals(txt(""), txt("añ😀\x00"), value.Char(0x10ffff), value.Char(0))},
		{"blob of every byte", seq(types.Blob), vals(value.MakeBlob(allBytes()))},
		{"principals", seq(types.Principal, types.Principal),
			vals(value.MakePrincipal(""), value.MakePrincipal(strings.Repeat("\xff", 29)))},
		{"empty record and unit", seq(rec(), types.Unit, tup(types.Unit, rec())),
			vals(value.Unit, value.Unit, tuple(value.Unit, value.Unit))},
		{"nested options", seq(opt(opt(types.Nat)), opt(opt(types.Nat)), opt(opt(types.Nat)), opt(types.Null)),
			vals(value.Null, some(value.Null), some(some(nat(1))), some(value.Null))},
		{"mutable array", seq(&types.Array{Mut: true, Elem: types.Int}), vals(array(intv(-1), intv(2)))},
		{"records in variants in vectors",
			seq(arr(variant(tag("a", rec(fld("x", types.Nat), fld("y", opt(types.Text)))), tag("b", types.Unit)))),
			vals(array(value.MakeVariant("a", record("x", nat(1), "y", some(txt("z")))), value.MakeVariant("b", value.Unit)))},
		{"any", seq(types.Any, types.Nat), vals(value.Null, nat(7))},
	}...)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, err := Encode(c.ts, c.vs)
			require.NoError(t, err)
			got, err := Decode(data, c.ts)
			require.NoError(t, err)
			assert.Equal(t, show(c.ts, c.vs), show(c.ts, got))
		})
	}
}

func allBytes() string {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return string(b)
}

// Arguments of moc's drun tests (file named) and what the canister saw.
func TestDecodeMocArguments(t *testing.T) {
	contentValue := rec(fld("content", types.Text), fld("value", types.Int))
	cases := []struct {
		name string
		hex  string
		ts   []types.Type
		want string
	}{
		{"nat as int (idl-nat-int)", "4449444c00017d2a", seq(types.Int), "+42"},
		{"int (idl-nat-int)", "4449444c00017c56", seq(types.Int), "-42"},
		{"nats as ints (idl-nat-int)", "4449444c016d7d0100022a19", seq(arr(types.Int)), "[+42, +25]"},
		{"null as option (idl-option)", "4449444c00017f", seq(opt(types.Text)), "null"},
		{"absent option (idl-option)", "4449444c016e71010000", seq(opt(types.Text)), "null"},
		{"present option (idl-option)", "4449444c016e7101000103466f6f", seq(opt(types.Text)), `?"Foo"`},
		{"unit (idl-unit)", "4449444c0000", nil, ""},
		{"texts (idl-nary)", "4449444c00027171034f6e650354776f", seq(types.Text, types.Text), "\"One\"\n\"Two\""},
		{"extra arguments (idl-nary)", "4449444c0005717171717103" + "4f6e65" + "0354776f" + "055468726565" + "04466f7572" + "0446697665",
			seq(types.Text, types.Text, types.Text, types.Text), "\"One\"\n\"Two\"\n\"Three\"\n\"Four\""},
		{"surplus argument of a unit method (add-remove-stable-fields)", "4449444c00017d0f", nil, ""},
		{"pair in a tuple (idl-tuple)", "4449444c016c020071017502007105" + "48656c6c6f" + "01020304" + "05576f726c64",
			seq(tup(types.Text, types.Int32), types.Text), "(\"Hello\", +67_305_985)\n\"World\""},
		{"redundant third tuple member (idl-tuple)", "4449444c016c030071017502760200710548656c6c6f01020304dead05576f726c64",
			seq(tup(types.Text, types.Int32), types.Text), "(\"Hello\", +67_305_985)\n\"World\""},
		{"missing optional tuple member (idl-tuple)", "4449444c016c02007101750200710548656c6c6f0102030405576f726c64",
			seq(tup(types.Text, types.Int32, opt(tup(types.Text, types.Int32))), types.Text),
			"(\"Hello\", +67_305_985, null)\n\"World\""},
		{"record as pair (idl-record)", "4449444c016c020071017c010004486579212a", seq(tup(types.Text, types.Int)), `("Hey!", +42)`},
		{"record by hashes (idl-record)", "4449444c016c02b99adecb0171f1fee18d037c010004486579212a",
			seq(contentValue), `{content = "Hey!"; value = +42}`},
		{"skip a leading field (idl-record)", "4449444c016c03b99adecb0171f1fee18d037c88be8c890477010004486579212a19",
			seq(rec(fld("value", types.Int), fld("byte", types.Int8))), "{byte = +25; value = +42}"},
		{"skip a trailing field (idl-record)", "4449444c016c03b99adecb0171f1fee18d037c88be8c89047702007704486579212a1819",
			seq(contentValue, types.Int8), "{content = \"Hey!\"; value = +42}\n+25"},
		{"escaped field names (idl-field-escape)", "4449444c016c03007c017dbcfef7b102710100ffff03802003585858",
			seq(rec(fld("_0_", types.Int), fld("_1_", types.Nat), fld("async_", types.Text))),
			`{_0_ = +65_535; _1_ = 4_096; async_ = "XXX"}`},
		{"recursive variant (idl-variant)", "4449444c016b03d583b702008790c0bd0479dc9790cb0e790100000220000000",
			seq(either), "#fix(#right(' '))"},
		{"rose tree as option (idl-vector)", "4449444c016d00010003000400020000000000",
			seq(rose), "[[], [[], [[], []], [], []], []]"},
		{"bool (idl-bool)", "4449444c00017e01", seq(types.Bool), "true"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Decode(unhex(c.hex), c.ts)
			require.NoError(t, err)
			assert.Equal(t, c.want, show(c.ts, got))
		})
	}
}

// Messages decoded by moc-run's `from_candid` (its result is the value
// wrapped in an option, left out here).
func TestDecodeMatchesMocFromCandid(t *testing.T) {
	cases := []struct {
		name string
		hex  string
		ts   []types.Type
		want string
	}{
		{"nat as double option", "4449444c00017d05", seq(opt(opt(types.Nat))), "?(?5)"},
		{"opt null as double option", "4449444c026e016e7d01000100", seq(opt(opt(types.Nat))), "?null"},
		{"null opt as double option", "4449444c016e7d010000", seq(opt(opt(types.Nat))), "null"},
		{"record as option of nat", "4449444c016c000100", seq(opt(types.Nat)), "null"},
		{"extra and missing fields", "4449444c026c03617d64717a016d7d0100" + "07" + "027879" + "020102",
			seq(rec(fld("a", types.Nat), fld("b", opt(types.Text)), fld("c", types.Null))), "{a = 7; b = null; c = null}"},
		{"wider wire variant", "4449444c016b03617d6271637101000202" + "6869",
			seq(variant(tag("a", types.Nat), tag("c", types.Text))), `#c("hi")`},
		{"type table within the limit", "4449444c9003" + strings.Repeat("6e7d", 400) + "017d05", seq(types.Nat), "5"},
		{"vec null at the value limit", "4449444c016d7f01008a08", seq(arr(types.Null)),
			"[" + strings.Repeat("null, ", 1033) + "null]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Decode(unhex(c.hex), c.ts)
			require.NoError(t, err)
			assert.Equal(t, c.want, show(c.ts, got))
		})
	}
}

// rose is `type Rose = [Rose]`.
var rose = func() types.Type {
	con := &types.Con{Name: "Rose"}
	use := &types.App{Con: con}
	con.Body = arr(use)
	return use
}()

// Candid's subtyping as moc's decoder applies it.
func TestDecodeSubtyping(t *testing.T) {
	enc := func(ts []types.Type, vs ...value.Value) []byte {
		b, err := Encode(ts, vs)
		require.NoError(t, err)
		return b
	}
	cases := []struct {
		name string
		data []byte
		ts   []types.Type
		want string
	}{
		{"nat as int", enc(seq(types.Nat), nat(5)), seq(types.Int), "+5"},
		{"big nat as int", enc(seq(types.Nat), bigv("99999999999999999999")), seq(types.Int), "+99_999_999_999_999_999_999"},
		{"missing option argument", enc(nil), seq(opt(types.Nat), types.Null, types.Any), "null\nnull\n<any>"},
		{"surplus arguments", enc(seq(types.Nat, types.Text, arr(types.Int)), nat(1), txt("x"), array(intv(1))),
			seq(types.Nat), "1"},
		{"value as option", enc(seq(types.Nat), nat(5)), seq(opt(types.Nat)), "?5"},
		{"value as nested option", enc(seq(types.Nat), nat(5)), seq(opt(opt(types.Nat))), "?(?5)"},
		{"mismatch as option", enc(seq(types.Text), txt("x")), seq(opt(types.Nat)), "null"},
		{"null as option", enc(seq(types.Null), value.Null), seq(opt(types.Nat)), "null"},
		{"reserved as option", enc(seq(types.Any), value.Null), seq(opt(types.Nat)), "null"},
		{"option of mismatch", enc(seq(opt(types.Text)), some(txt("x"))), seq(opt(types.Nat)), "null"},
		{"option of option", enc(seq(opt(opt(types.Nat))), some(value.Null)), seq(opt(opt(types.Nat))), "?null"},
		{"option of nat as option of int", enc(seq(opt(types.Nat)), some(nat(3))), seq(opt(types.Int)), "?(+3)"},
		{"extra record fields", enc(seq(rec(fld("a", types.Nat), fld("b", types.Text), fld("c", arr(types.Nat)))),
			record("a", nat(1), "b", txt("x"), "c", array(nat(2)))), seq(rec(fld("b", types.Text))), `{b = "x"}`},
		{"missing optional fields", enc(seq(rec(fld("a", types.Nat))), record("a", nat(1))),
			seq(rec(fld("a", types.Nat), fld("b", opt(types.Text)), fld("c", types.Null))),
			"{a = 1; b = null; c = null}"},
		{"mismatching field of option type", enc(seq(rec(fld("a", types.Text))), record("a", txt("x"))),
			seq(rec(fld("a", opt(types.Nat)))), "{a = null}"},
		{"wider variant", enc(seq(variant(tag("a", types.Nat))), value.MakeVariant("a", nat(4))),
			seq(variant(tag("a", types.Nat), tag("b", types.Text))), "#a(4)"},
		{"unknown tag under an option", enc(seq(variant(tag("a", types.Unit), tag("z", types.Unit))), value.MakeVariant("z", value.Unit)),
			seq(opt(variant(tag("a", types.Unit)))), "null"},
		{"record as tuple", enc(seq(rec(fld("_0_", types.Nat), fld("_1_", types.Text))), record("_0_", nat(1), "_1_", txt("x"))),
			seq(tup(types.Nat, types.Text)), `(1, "x")`},
		{"tuple as record", enc(seq(tup(types.Nat, types.Text)), tuple(nat(1), txt("x"))),
			seq(rec(fld("_1_", types.Text))), `{_1_ = "x"}`},
		{"vec nat8 as [Nat8] and Blob", enc(seq(types.Blob, arr(types.Nat8)), value.MakeBlob("ab"), array(value.Word(1))),
			seq(arr(types.Nat8), types.Blob), "[97, 98]\n\"\\01\""},
		{"anything as reserved", enc(seq(rec(fld("a", arr(opt(types.Text))))), record("a", array(some(txt("x"))))),
			seq(types.Any), "<any>"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Decode(c.data, c.ts)
			require.NoError(t, err)
			assert.Equal(t, c.want, show(c.ts, got))
		})
	}
}

func TestDecodeMissingFieldOfTypeAny(t *testing.T) {
	vs, err := Decode(unhex("4449444c016c000100"), seq(rec(fld("d", types.Any))))
	require.NoError(t, err)
	_, ok := vs[0].AsObject().Field("d")
	assert.True(t, ok)
}

// Malformed messages and mismatching types. The error texts are moc's:
// from test/run-drun/ok (file named) or moc-run's `from_candid` (oracle).
func TestDecodeErrors(t *testing.T) {
	cases := []struct {
		name string
		hex  string
		ts   []types.Type
		err  string
	}{
		{"empty (oracle)", "", seq(types.Nat), "IDL error: empty input. Expected Candid-encoded argument, but received a zero-length argument"},
		{"bad magic (idl-bad)", "4e4f544449444c", nil, "IDL error: missing magic bytes"},
		{"short magic (oracle)", "444944", seq(types.Nat), "IDL error: word read out of buffer"},
		{"no argument count (oracle)", "4449444c00", seq(types.Nat), "IDL error: too many types"},
		{"type code 1 in the table (idl-any-stable)", "4449444c01017102007100000000000003424144",
			seq(types.Any, types.Text), "IDL error: illegal type table"},
		{"primitive in the table (oracle)", "4449444c017d00", seq(types.Nat), "IDL error: primitive type in type table"},
		{"bad type argument (oracle)", "4449444c016e0500", seq(types.Nat), "IDL error: invalid type argument"},
		{"region code in pure Candid (issue-4229)", "4449444c0001807f", seq(opt(types.Null)), "IDL error: invalid type argument"},
		{"too many types", "4449444c80808080087d", seq(types.Nat), "IDL error: too many types"},
		{"type count beyond 32 bits (oracle: a runtime panic)", "4449444c80808080100000000000000000000000000000000000000000000000",
			seq(types.Nat), "RTS error: RTS panicked"},
		{"LEB128 beyond 64 bits (oracle: a runtime panic)", "4449444cffffffffffffffffff7f00", seq(types.Nat), "RTS error: RTS panicked"},
		{"fields out of order", "4449444c016c0201710071010000", seq(types.Any), "IDL error: variant or record tag out of order"},
		{"bad func annotation", "4449444c016a000001040100", seq(types.Any), "IDL error: func annotation not within 1..3"},
		{"service method of primitive type", "4449444c01690101667d0100", seq(types.Any), "IDL error: service method arg not a constructor type"},
		{"service method not a function", "4449444c0169010166000100", seq(types.Any), "IDL error: service method arg not a function type"},
		{"service methods out of order", "4449444c0269020162010161016a0000000100", seq(types.Any), "IDL error: service method names out of order"},
		{"bool tag (idl-bool)", "4449444c00017e02", seq(types.Bool), "IDL error: byte tag not 0 or 1"},
		{"too few arguments (idl-nary)", "4449444c00027171" + "034f6e65" + "0354776f", seq(types.Text, types.Text, types.Text),
			"IDL error: too few arguments ttt"},
		{"left-over bytes (idl-nary)", "4449444c0003717171034f6e650354776f055468726565" + "4558545241",
			seq(types.Text, types.Text, types.Text), "IDL error: left-over bytes ttt"},
		{"left-over byte (oracle)", "4449444c00017d0102", seq(types.Nat), "IDL error: left-over bytes N"},
		{"missing tuple field (idl-tuple)", "4449444c016c020071027f0200710548656c6c6f05576f726c64",
			seq(tup(types.Text, types.Int32, opt(tup(types.Text, types.Int32))), types.Text),
			"IDL error: did not find tuple field in record"},
		{"missing record field (idl-record)", "4449444c016c02b99adecb0171f1fee18d037c010004486579212a",
			seq(rec(fld("content", types.Text), fld("value", types.Int), fld("extra", types.Nat))),
			"IDL error: did not find field extra in record"},
		{"principal too long (idl-large-principal)",
			"4449444c000168011e001122434455667788990011223344556677889900112233445566778899",
			seq(types.Principal), "IDL error: principal too long"},
		{"principal reference flag", "4449444c00016800", seq(types.Principal), "IDL error: unexpected principal reference"},
		{"text for nat", "4449444c0001710161", seq(types.Nat), "IDL error: unexpected IDL type when parsing Nat"},
		{"int for nat", "4449444c00017c01", seq(types.Nat), "IDL error: unexpected IDL type when parsing Nat"},
		{"nat for null", "4449444c00017d01", seq(types.Null), "IDL error: unexpected IDL type when parsing Null"},
		{"text for a record", "4449444c0001710161", seq(rec(fld("a", types.Nat))), "IDL error: unexpected IDL type when parsing {a : Nat}"},
		{"vec text for blob", "4449444c016d71010000", seq(types.Blob), "IDL error: blob not a vector of nat8"},
		{"unknown tag", "4449444c016b02617f627f010001", seq(variant(tag("a", types.Unit))), "IDL error: unexpected variant tag"},
		{"variant index out of bounds (oracle)", "4449444c016b01617f010001", seq(variant(tag("a", types.Unit))),
			"IDL error: variant index out of bounds"},
		{"value of type None", "4449444c00017f", seq(types.None), "IDL error: deserializing value of type None"},
		{"truncated nat8 (oracle)", "4449444c00017b", seq(types.Nat8), "IDL error: out of bounds read"},
		{"truncated nat (oracle)", "4449444c00017d80", seq(types.Nat), "IDL error: advance out of buffer"},
		{"truncated int (oracle)", "4449444c00017c8080", seq(types.Int), "IDL error: advance out of buffer"},
		{"long truncated nat (oracle)", "4449444c00017dffffffffffffffffffffffff", seq(types.Nat), "IDL error: byte read out of buffer"},
		{"truncated text (oracle)", "4449444c000171036162", seq(types.Text), "IDL error: left-over bytes t"},
		{"text not UTF-8 (oracle)", "4449444c00017101ff", seq(types.Text), "RTS error: utf8_validate: string is not UTF-8"},
		{"char out of range (oracle)", "4449444c00017900d80000", seq(types.Char), "codepoint out of range"},
		{"circular record (oracle)", "4449444c016c01000001 00", seq(selfRecord), "IDL error: circular record read"},
		{"skipping a recursive record (oracle)", "4449444c016c0100000100", seq(types.Any), "IDL error: skip_any: recursive record"},
		{"vec null bomb (oracle)", "4449444c016d7f01008080808010", seq(arr(types.Null)), "IDL error: exceeded value limit"},
		{"skipped vec null bomb (oracle: a runtime panic)", "4449444c016d7f01008080808010", seq(types.Any), "RTS error: RTS panicked"},
		{"vec null as extra argument (idl-spacebomb)", "4449444c016d7f01008094ebdc03", nil, "IDL error: exceeded value limit"},
		{"vec reserved as option (idl-spacebomb)", "4449444c016d7001008094ebdc03", seq(opt(types.Nat)), "IDL error: exceeded value limit"},
		{"zero-sized records (idl-spacebomb)", "4449444c046c03007f010102026c0100706c006d0001038094ebdc03",
			seq(arr(rec(fld("_0_", types.Null), fld("_1_", rec(fld("_0_", types.Any))), fld("_2_", rec())))), "IDL error: exceeded value limit"},
		{"vec of vec null (idl-spacebomb)", "4449444c026d016d7f010005ffff3fffff3fffff3fffff3fffff3f", seq(arr(arr(types.Null))),
			"IDL error: exceeded value limit"},
		{"vec of options of deep records (idl-spacebomb)", "4449444c176c02017f027f6c02010002006c02000101016c02000201026c02000301036c02000401046c02000501056c02000601066c02000701076c02000801086c02000901096c02000a010a6c02000b010b6c02000c010c6c02000d020d6c02000e010e6c02000f010f6c02001001106c02001101116c02001201126c02001301136e146d150116050101010101",
			seq(arr(opt(rec()))), "IDL error: exceeded value limit"},
		{"vec null beyond the value limit (oracle)", "4449444c016d7f01008b08", seq(arr(types.Null)), "IDL error: exceeded value limit"},
		{"type table beyond the limit (oracle)", "4449444cbc05" + strings.Repeat("6e7d", 700) + "017d05", seq(types.Nat),
			"IDL error: byte read out of buffer"},
		{"vec length 2^60", "4449444c016d7b0100808080808080808010", seq(arr(types.Nat8)), "IDL error: exceeded value limit"},
		{"blob length 2^60", "4449444c016d7b0100808080808080808010", seq(types.Blob), "IDL error: out of bounds read"},
		{"text length 2^60", "4449444c000171808080808080808010", seq(types.Text), "IDL error: left-over bytes t"},
		{"function reference", "4449444c016a000000010001", seq(sharedFunc), "IDL error: cannot deserialise function and actor references"},
		{"function for nat", "4449444c00017d01", seq(sharedFunc), "IDL error: incompatible function type"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode(unhex(strings.ReplaceAll(c.hex, " ", "")), c.ts)
			require.Error(t, err)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, c.err, e.Msg)
		})
	}
}

// selfRecord is `type T = {_0_ : T}`.
var selfRecord = func() types.Type {
	con := &types.Con{Name: "T"}
	use := &types.App{Con: con}
	con.Body = rec(fld("_0_", use))
	return use
}()

// Deep values decode (and print) without trouble up to a bound on nesting.
func TestDecodeDeepNesting(t *testing.T) {
	con := &types.Con{Name: "O"} // type O = ?O
	nested := &types.App{Con: con}
	con.Body = opt(nested)
	message := func(depth int) []byte {
		header, err := Encode(seq(nested), vals(value.Null))
		require.NoError(t, err)
		body := header[:len(header)-1]
		return append(append(body, repeated(0x01, depth)...), 0x00)
	}
	vs, err := Decode(message(maxNesting-1), seq(nested))
	require.NoError(t, err)
	assert.True(t, strings.HasSuffix(FormatText(seq(nested), vs), "opt opt null,\n)"))

	_, err = Decode(message(maxNesting), seq(nested))
	assert.EqualError(t, err, "IDL error: value nested too deeply")
}

func repeated(b byte, n int) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = b
	}
	return out
}
