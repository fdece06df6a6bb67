package candid

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/types"
)

func TestParseText(t *testing.T) {
	result := variant(tag("ok", types.Unit), tag("err", types.Text))
	cases := []struct {
		src  string
		ts   []types.Type
		want string // the values as FormatText writes them
	}{
		{`(42, "hi")`, seq(types.Nat64, types.Text), `(42 : nat64, "hi")`},
		{`(record { a = 1; b = "x" })`, seq(rec(fld("a", types.Nat), fld("b", types.Text))), `(record { a = 1 : nat; b = "x" })`},
		{`(record { b = "x"; a = 1; })`, seq(rec(fld("a", types.Nat), fld("b", types.Text))), `(record { a = 1 : nat; b = "x" })`},
		{`(opt 5)`, seq(opt(types.Nat)), "(opt (5 : nat))"},
		{`(5)`, seq(opt(types.Nat)), "(opt (5 : nat))"},
		{`(null, opt null)`, seq(opt(types.Nat), opt(opt(types.Nat))), "(null, opt null)"},
		{`(variant { ok })`, seq(result), "(variant { ok })"},
		{`(variant { err = "no" })`, seq(result), `(variant { err = "no" })`},
		{`(vec { 1; 2; })`, seq(arr(types.Int)), "(vec { 1 : int; 2 : int })"},
		{`(vec {})`, seq(&types.Array{Mut: true, Elem: types.Int}), "(vec {})"},
		{`(blob "\00\FF")`, seq(types.Blob), `(blob "\00\ff")`},
		{`(vec { 104; 105 })`, seq(types.Blob), `(blob "hi")`},
		{`(blob "hi")`, seq(arr(types.Nat8)), `(blob "hi")`},
		{`(5 : nat8)`, seq(types.Nat8), "(5 : nat8)"},
		{`((5 : nat))`, seq(types.Int), "(5 : int)"},
		{`principal "aaaaa-aa"`, seq(types.Principal), `(principal "aaaaa-aa")`},
		{`(principal "rwlgt-iiaaa-aaaaa-aaaaa-cai")`, seq(types.Principal), `(principal "rwlgt-iiaaa-aaaaa-aaaaa-cai")`},
		{`(record { 1; "x" })`, seq(tup(types.Nat, types.Text)), `(record { 1 : nat; "x" })`},
		{`(record { 0 = 1; 1 = "x" })`, seq(tup(types.Nat, types.Text)), `(record { 1 : nat; "x" })`},
		{`(record { "type" = 1; 5 = true })`, seq(rec(fld("type_", types.Nat), fld("_5_", types.Bool))), `(record { 5 = true; "type" = 1 : nat })`},
		{`(-5, +7, 0x1F, 1_000)`, seq(types.Int, types.Int, types.Nat, types.Nat), "(-5 : int, 7 : int, 31 : nat, 1_000 : nat)"},
		{`(-128, 255, 18446744073709551615, -9223372036854775808)`, seq(types.Int8, types.Nat8, types.Nat64, types.Int64),
			"(\n  -128 : int8,\n  255 : nat8,\n  18_446_744_073_709_551_615 : nat64,\n  -9_223_372_036_854_775_808 : int64,\n)"},
		{`(1.5, 0x10, -2e3, 3)`, seq(types.Float, types.Float, types.Float, types.Float),
			"(1.5 : float64, 16.0 : float64, -2000.0 : float64, 3.0 : float64)"},
		{`("\u{1F600}\n\t\"\\\'\41")`, seq(types.Text), `("😀\n\t\"\\\'A")`},
		{`(true, false) // a comment`, seq(types.Bool, types.Bool), "(true, false)"},
		{"/* a /* nested */ comment */ (true)", seq(types.Bool), "(true)"},
		{`(97)`, seq(types.Char), "(97 : nat32)"},
		{`(null)`, seq(types.Null), "(null : null)"},
		{`(record { anything = vec { 1 } })`, seq(types.Any), "(null : reserved)"},
		{`()`, seq(opt(types.Nat), types.Null), "(null, null : null)"},
		{``, nil, "()"},
		{`42`, seq(types.Nat), "(42 : nat)"},
		{`(record { a = 1 } : record { a : nat; b : opt text })`, seq(rec(fld("a", types.Nat), fld("b", opt(types.Text)))),
			"(record { a = 1 : nat; b = null })"},
		{`(vec { 1 } : vec nat8)`, seq(types.Blob), `(blob "\01")`},
		{`(variant { ok } : variant { ok })`, seq(result), "(variant { ok })"},
	}
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			vs, err := ParseText(c.src, c.ts)
			require.NoError(t, err)
			assert.Equal(t, c.want, FormatText(c.ts, vs))
		})
	}
}

// Text that FormatText writes reads back as the same values.
func TestParseTextReadsFormatText(t *testing.T) {
	for _, c := range encodeCases {
		if c.name == "empty vectors and null option of None (to_candid)" {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			s := FormatText(c.ts, c.vs)
			vs, err := ParseText(s, c.ts)
			require.NoError(t, err, s)
			assert.Equal(t, show(c.ts, c.vs), show(c.ts, vs))
		})
	}
}

func TestParseTextErrors(t *testing.T) {
	result := variant(tag("ok", types.Unit), tag("err", types.Text))
	cases := []struct {
		src string
		ts  []types.Type
		err string
	}{
		{`(300 : nat8)`, seq(types.Nat8), "column 2: 300 is out of range for nat8"},
		{`(-1)`, seq(types.Nat), "column 2: -1 is out of range for nat"},
		{`(5 : int)`, seq(types.Nat), "column 6: the annotation int does not fit the expected type nat"},
		{`(5 : nat8)`, seq(types.Nat), "column 6: the annotation nat8 does not fit the expected type nat"},
		{`(5 : widget)`, seq(types.Nat), "column 6: unknown type widget in the annotation"},
		{`("x", 3)`, seq(types.Nat, types.Text), "column 2: expected nat, found a text"},
		{`(1.5)`, seq(types.Nat), "column 2: expected an integer (nat), found the number 1.5"},
		{`(record { a = 1 })`, seq(rec(fld("a", types.Nat), fld("b", types.Text))), "column 2: the record has no field b of type text"},
		{`(record { a = 1; c = 2 })`, seq(rec(fld("a", types.Nat))), "column 18: unexpected field c (the fields are a)"},
		{`(record { a = 1; a = 2 })`, seq(rec(fld("a", types.Nat))), "column 18: field a is given twice"},
		{`(variant { bad })`, seq(result), "column 12: unexpected case bad (the cases are ok, err)"},
		{`(variant { err })`, seq(result), "column 12: case err needs a value of type text"},
		{`(1, 2)`, seq(types.Nat), "column 5: too many arguments: expected 1"},
		{`()`, seq(types.Nat), "column 3: missing argument 1 of type nat"},
		{"(\n  -5,\n  x)", seq(types.Int, types.Int), "line 3, column 3: unexpected `x`, expected a value"},
		{`(principal "aaaaa-ab")`, seq(types.Principal), `column 2: principal "aaaaa-ab" is not written canonically ("aaaaa-aa"?)`},
		{`(principal "abc")`, seq(types.Principal), `column 2: principal "abc" is too short`},
		{`(principal "rwlgt-iiaaa-aaaaa-aaaaa-caa")`, seq(types.Principal), `column 2: principal "rwlgt-iiaaa-aaaaa-aaaaa-caa" has a wrong checksum`},
		{`("\FF")`, seq(types.Text), "column 2: text is not valid UTF-8 (a blob may hold any bytes)"},
		{`("abc`, seq(types.Text), "column 2: text is not closed"},
		{`("\q")`, seq(types.Text), `column 3: unknown escape \q`},
		{`("\u{D800}")`, seq(types.Text), `column 3: unicode escape "\\u{D800}" is not a code point`},
		{`(1 2)`, seq(types.Nat), "column 4: expected `,`, found the number 2"},
		{`(1) x`, seq(types.Nat), "column 5: unexpected `x` after the arguments"},
		{`(#)`, seq(types.Nat), "column 2: unexpected character '#'"},
		{`(vec { 1; "a" })`, seq(arr(types.Nat)), "column 11: expected nat, found a text"},
		{`(vec { 256 })`, seq(types.Blob), "column 8: 256 is out of range for nat8"},
		{`(opt "x")`, seq(types.Text), "column 2: expected text, found an opt value"},
		{`(null)`, seq(types.None), "column 2: no value has type empty"},
		{`(1114112)`, seq(types.Char), "column 2: 1114112 is out of range for nat32"},
		{`(55296)`, seq(types.Char), "column 2: 55296 is not a Unicode code point (a Char)"},
		{`(func "aaaaa-aa".f)`, seq(sharedFunc), "column 2: function and actor references are not supported"},
		{`(record {})`, seq(rec(fld("r", rose))), "column 2: the record has no field r of type vec [Rose]"},
		{`(/* open`, seq(types.Nat), "column 2: comment is not closed"},
		{`(1e)`, seq(types.Float), `column 2: exponent without digits in "1e"`},
	}
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			_, err := ParseText(c.src, c.ts)
			require.Error(t, err)
			var e *TextError
			require.ErrorAs(t, err, &e)
			assert.Equal(t, c.err, err.Error())
		})
	}
}

func TestPrincipalText(t *testing.T) {
	cases := []struct{ bytes, text string }{
		{"", "aaaaa-aa"},
		{canisterID, "rwlgt-iiaaa-aaaaa-aaaaa-cai"},
		{"\x00\x00\x00\x00\x00\x00\x00\x01\x01\x01", "rrkah-fqaaa-aaaaa-aaaaq-cai"},
		{"\x04", "2vxsx-fae"}, // the anonymous principal
	}
	for _, c := range cases {
		assert.Equal(t, c.text, PrincipalText(c.bytes))
		b, err := PrincipalFromText(c.text)
		require.NoError(t, err)
		assert.Equal(t, c.bytes, b)
	}
	_, err := PrincipalFromText("RWLGT-IIAAA-AAAAA-AAAAA-CAI")
	assert.EqualError(t, err, `principal "RWLGT-IIAAA-AAAAA-AAAAA-CAI" is not written canonically ("rwlgt-iiaaa-aaaaa-aaaaa-cai"?)`)
	_, err = PrincipalFromText("x!")
	assert.EqualError(t, err, `principal "x!" is not base32 text`)
	long := PrincipalText(string(make([]byte, 30)))
	_, err = PrincipalFromText(long)
	assert.EqualError(t, err, `principal "`+long+`" is too long (at most 29 bytes)`)
}

func TestFieldID(t *testing.T) {
	cases := []struct {
		name string
		id   uint32
	}{
		{"canister_id", 1313628723},
		{"a", 97},
		{"foo", 5097222},
		{"foo_", 5097222},
		{"_0_", 0},
		{"_1313628723_", 1313628723},
		{"_4294967296_", Hash("_4294967296")},
		{"__", Hash("_")},
		{"_x_", Hash("_x")},
	}
	for _, c := range cases {
		assert.Equal(t, c.id, FieldID(c.name), c.name)
	}
}
