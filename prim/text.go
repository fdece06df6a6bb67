package prim

import (
	"hash/crc32"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/mori-lang/mori/candid"
	"github.com/mori-lang/mori/value"
)

func compareResult(c int) value.Value { return value.Signed(int64(c)) }

func addText(_ Host, m map[string]fn) {
	m["charToNat32"] = unary(func(v value.Value) value.Value { return value.Word(v.Bits) })
	m["nat32ToChar"] = unary(func(v value.Value) value.Value {
		if v.Bits > unicode.MaxRune || (v.Bits >= 0xD800 && v.Bits <= 0xDFFF) {
			value.Fail("codepoint out of range")
		}
		return value.Char(rune(v.Bits))
	})
	m["charToText"] = unary(func(v value.Value) value.Value { return value.Text(string(v.AsChar())) })
	m["charToUpper"] = unary(func(v value.Value) value.Value { return value.Char(charToUpper(v.AsChar())) })
	m["charToLower"] = unary(func(v value.Value) value.Value { return value.Char(charToLower(v.AsChar())) })
	charIs := func(tables ...*unicode.RangeTable) fn {
		return unary(func(v value.Value) value.Value { return value.Bool(unicode.In(v.AsChar(), tables...)) })
	}
	// Unicode's derived properties, as Rust's char methods in moc's runtime use them.
	m["charIsWhitespace"] = charIs(unicode.White_Space)
	m["charIsLowercase"] = charIs(unicode.Lower, unicode.Other_Lowercase)
	m["charIsUppercase"] = charIs(unicode.Upper, unicode.Other_Uppercase)
	m["charIsAlphabetic"] = charIs(unicode.Letter, unicode.Nl, unicode.Other_Alphabetic)

	m["decodeUtf8"] = unary(func(v value.Value) value.Value {
		b := v.AsBlob()
		if !utf8.ValidString(b) {
			return value.Null
		}
		return value.MakeOpt(value.Text(b))
	})
	m["encodeUtf8"] = unary(func(v value.Value) value.Value { return value.MakeBlob(v.AsText()) })
	m["textCompare"] = binary(func(a, b value.Value) value.Value {
		return compareResult(strings.Compare(a.AsText(), b.AsText()))
	})
	m["textLowercase"] = unary(func(v value.Value) value.Value { return value.Text(textToLower(v.AsText())) })
	m["textUppercase"] = unary(func(v value.Value) value.Value { return value.Text(textToUpper(v.AsText())) })

	m["blobCompare"] = binary(func(a, b value.Value) value.Value {
		return compareResult(strings.Compare(a.AsBlob(), b.AsBlob()))
	})
	m["hashBlob"] = unary(func(v value.Value) value.Value {
		return value.Word(uint64(crc32.ChecksumIEEE([]byte(v.AsBlob()))))
	})
	m["idlHash"] = unary(func(v value.Value) value.Value {
		return value.Word(uint64(candid.Hash(v.AsText())))
	})
	blobToArray := unary(func(v value.Value) value.Value {
		b := v.AsBlob()
		value.Reserve(len(b) * int(unsafe.Sizeof(value.Value{})))
		elems := make([]value.Value, len(b))
		for i := range len(b) {
			elems[i] = value.Word(uint64(b[i]))
		}
		return value.MakeArray(elems)
	})
	m["blobToArray"], m["blobToArrayMut"] = blobToArray, blobToArray
	arrayToBlob := unary(func(v value.Value) value.Value {
		elems := v.AsArray().Elems
		b := make([]byte, len(elems))
		for i, e := range elems {
			b[i] = byte(e.Bits)
		}
		return value.MakeBlob(string(b))
	})
	m["arrayToBlob"], m["arrayMutToBlob"] = arrayToBlob, arrayToBlob

	m["principalOfBlob"] = unary(func(v value.Value) value.Value {
		if len(v.AsBlob()) > 29 {
			value.Fail("blob too long for principal")
		}
		return value.MakePrincipal(v.AsBlob())
	})
	m["blobOfPrincipal"] = unary(func(v value.Value) value.Value { return value.MakeBlob(v.AsPrincipal()) })

	// An error made by the program is a canister reject with its message.
	rejected := value.MakeVariant("canister_reject", value.Unit)
	m["error"] = unary(func(v value.Value) value.Value { return value.MakeTuple([]value.Value{rejected, v}) })
	m["errorCode"] = unary(func(v value.Value) value.Value { return v.AsTuple()[0] })
	m["errorMessage"] = unary(func(v value.Value) value.Value { return v.AsTuple()[1] })
}
