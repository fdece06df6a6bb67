package candid

import (
	"strings"
	"testing"

	"github.com/mori-lang/mori/types"
)

// fuzzTypes are the expected types the fuzzer decodes against.
var fuzzTypes = [][]types.Type{
	nil,
	seq(types.Nat),
	seq(types.Int, types.Text, types.Bool),
	seq(opt(types.Nat), arr(types.Int8), types.Blob),
	seq(list, mayRose, either),
	seq(rose, selfRecord),
	seq(rec(fld("a", types.Nat), fld("b", opt(types.Text)), fld("_0_", types.Float))),
	seq(tup(types.Principal, types.Char, types.Null, types.Unit), types.Any),
	seq(variant(tag("a", types.Unit), tag("b", types.Nat64), tag("c", arr(opt(types.Int32))))),
	seq(arr(tup(types.Nat16, types.Int64)), opt(opt(types.Text))),
	seq(sharedFunc, types.None),
}

func FuzzDecode(f *testing.F) {
	for _, c := range encodeCases {
		if data, err := Encode(c.ts, c.vs); err == nil {
			f.Add(data)
		}
	}
	for _, h := range []string{
		"", "4449444c", "4449444c00", "4449444c016c0100000100", "4449444c016d7f01008080808010",
		"4449444c01017102007100000000000003424144", "4449444c016b03d583b702008790c0bd0479dc9790cb0e790100000220000000",
		"4449444c016d00010003000400020000000000", "4449444c026901016200016a00000001000100",
		"4449444c046c03007f010102026c0100706c006d0001038094ebdc03",
		"4449444c176c02017f027f6c02010002006c02000101016c02000201026c02000301036c02000401046c02000501056c02000601066c02000701076c02000801086c02000901096c02000a010a6c02000b010b6c02000c010c6c02000d020d6c02000e010e6c02000f010f6c02001001106c02001101116c02001201126c02001301136e146d150116050101010101",
	} {
		f.Add(unhex(h))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, ts := range fuzzTypes {
			vs, err := Decode(data, ts)
			if err != nil {
				if _, ok := err.(*Error); !ok {
					t.Fatalf("error of type %T: %v", err, err)
				}
				if !strings.HasPrefix(err.Error(), "IDL error: ") && !strings.HasPrefix(err.Error(), "RTS error: ") &&
					err.Error() != "codepoint out of range" {
					t.Fatalf("unexpected error text %q", err)
				}
				continue
			}
			FormatText(ts, vs)
		}
	})
}

func FuzzParseText(f *testing.F) {
	for _, s := range []string{
		`(42, "hi")`, `(record { a = 1; b = "x" })`, `(opt 5)`, `(variant { ok })`, `(vec { 1; 2 })`,
		`(blob "\00\FF")`, `(5 : nat8)`, `principal "aaaaa-aa"`, `(record { 1; "x" } : record { nat; text })`,
		`/* c */ (-1.5e3, 0x1F, "\u{1F600}")`, `(variant { b = vec { opt null } })`,
	} {
		f.Add(s)
	}
	textTypes := [][]types.Type{
		seq(types.Nat64, types.Text),
		seq(rec(fld("a", types.Nat), fld("b", types.Text))),
		seq(opt(types.Nat), arr(types.Int8), types.Blob),
		seq(variant(tag("ok", types.Unit), tag("b", arr(opt(types.Nat))))),
		seq(types.Float, types.Int, types.Text),
		seq(tup(types.Principal, types.Char), types.Any),
		seq(list, either),
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, ts := range textTypes {
			vs, err := ParseText(src, ts)
			if err != nil {
				if _, ok := err.(*TextError); !ok {
					t.Fatalf("error of type %T: %v", err, err)
				}
				continue
			}
			if _, err := Encode(ts, vs); err != nil {
				t.Fatalf("parsed values do not encode: %v", err)
			}
		}
	})
}
