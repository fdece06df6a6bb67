package prim

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Case mapping as moc's runtime does it, with Rust's char and str methods:
// Unicode's full mappings, in which a character may map to several
// (ß to SS), and for a whole text the final form of sigma. Go's unicode
// package has the simple one-to-one mappings; the full ones that differ
// are those of SpecialCasing.txt without conditions, listed here.

// fullUpper holds the uppercase mappings to more than one character.
var fullUpper = withIotaSubscripts(map[rune]string{
	0x00DF: "\u0053\u0053",       // latin small letter sharp s
	0x0149: "\u02BC\u004E",       // latin small letter n preceded by apostrophe
	0x01F0: "\u004A\u030C",       // latin small letter j with caron
	0x0390: "\u0399\u0308\u0301", // greek small letter iota with dialytika and tonos
	0x03B0: "\u03A5\u0308\u0301", // greek small letter upsilon with dialytika and tonos
	0x0587: "\u0535\u0552",       // armenian small ligature ech yiwn
	0x1E96: "\u0048\u0331",       // latin small letter h with line below
	0x1E97: "\u0054\u0308",       // latin small letter t with diaeresis
	0x1E98: "\u0057\u030A",       // latin small letter w with ring above
	0x1E99: "\u0059\u030A",       // latin small letter y with ring above
	0x1E9A: "\u0041\u02BE",       // latin small letter a with right half ring
	0x1F50: "\u03A5\u0313",       // greek small letter upsilon with psili
	0x1F52: "\u03A5\u0313\u0300", // greek small letter upsilon with psili and varia
	0x1F54: "\u03A5\u0313\u0301", // greek small letter upsilon with psili and oxia
	0x1F56: "\u03A5\u0313\u0342", // greek small letter upsilon with psili and perispomeni
	0x1FB2: "\u1FBA\u0399",       // greek small letter alpha with varia and ypogegrammeni
	0x1FB3: "\u0391\u0399",       // greek small letter alpha with ypogegrammeni
	0x1FB4: "\u0386\u0399",       // greek small letter alpha with oxia and ypogegrammeni
	0x1FB6: "\u0391\u0342",       // greek small letter alpha with perispomeni
	0x1FB7: "\u0391\u0342\u0399", // greek small letter alpha with perispomeni and ypogegrammeni
	0x1FBC: "\u0391\u0399",       // greek capital letter alpha with prosgegrammeni
	0x1FC2: "\u1FCA\u0399",       // greek small letter eta with varia and ypogegrammeni
	0x1FC3: "\u0397\u0399",       // greek small letter eta with ypogegrammeni
	0x1FC4: "\u0389\u0399",       // greek small letter eta with oxia and ypogegrammeni
	0x1FC6: "\u0397\u0342",       // greek small letter eta with perispomeni
	0x1FC7: "\u0397\u0342\u0399", // greek small letter eta with perispomeni and ypogegrammeni
	0x1FCC: "\u0397\u0399",       // greek capital letter eta with prosgegrammeni
	0x1FD2: "\u0399\u0308\u0300", // greek small letter iota with dialytika and varia
	0x1FD3: "\u0399\u0308\u0301", // greek small letter iota with dialytika and oxia
	0x1FD6: "\u0399\u0342",       // greek small letter iota with perispomeni
	0x1FD7: "\u0399\u0308\u0342", // greek small letter iota with dialytika and perispomeni
	0x1FE2: "\u03A5\u0308\u0300", // greek small letter upsilon with dialytika and varia
	0x1FE3: "\u03A5\u0308\u0301", // greek small letter upsilon with dialytika and oxia
	0x1FE4: "\u03A1\u0313",       // greek small letter rho with psili
	0x1FE6: "\u03A5\u0342",       // greek small letter upsilon with perispomeni
	0x1FE7: "\u03A5\u0308\u0342", // greek small letter upsilon with dialytika and perispomeni
	0x1FF2: "\u1FFA\u0399",       // greek small letter omega with varia and ypogegrammeni
	0x1FF3: "\u03A9\u0399",       // greek small letter omega with ypogegrammeni
	0x1FF4: "\u038F\u0399",       // greek small letter omega with oxia and ypogegrammeni
	0x1FF6: "\u03A9\u0342",       // greek small letter omega with perispomeni
	0x1FF7: "\u03A9\u0342\u0399", // greek small letter omega with perispomeni and ypogegrammeni
	0x1FFC: "\u03A9\u0399",       // greek capital letter omega with prosgegrammeni
	0xFB00: "\u0046\u0046",       // latin small ligature ff
	0xFB01: "\u0046\u0049",       // latin small ligature fi
	0xFB02: "\u0046\u004C",       // latin small ligature fl
	0xFB03: "\u0046\u0046\u0049", // latin small ligature ffi
	0xFB04: "\u0046\u0046\u004C", // latin small ligature ffl
	0xFB05: "\u0053\u0054",       // latin small ligature long s t
	0xFB06: "\u0053\u0054",       // latin small ligature st
	0xFB13: "\u0544\u0546",       // armenian small ligature men now
	0xFB14: "\u0544\u0535",       // armenian small ligature men ech
	0xFB15: "\u0544\u053B",       // armenian small ligature men ini
	0xFB16: "\u054E\u0546",       // armenian small ligature vew now
	0xFB17: "\u0544\u053D",       // armenian small ligature men xeh
})

// withIotaSubscripts adds to m the uppercase mappings of U+1F80..U+1FAF:
// alpha, eta and omega with a breathing (and an accent) and an iota
// subscript, eight small letters then eight capitals each. Each becomes the
// capital letter with the same marks followed by a capital iota.
func withIotaSubscripts(m map[rune]string) map[rune]string {
	for i, capital := range [...]rune{0x1F08, 0x1F28, 0x1F68} { // alpha, eta, omega
		for j := range rune(16) {
			m[0x1F80+16*rune(i)+j] = string([]rune{capital + j%8, 0x0399})
		}
	}
	return m
}

// fullLower holds the lowercase mappings to more than one character.
var fullLower = map[rune]string{
	0x0130: "\u0069\u0307", // latin capital letter i with dot above
}

// charToUpper maps c to its uppercase letter, or leaves it when that is
// more than one character (Rust's to_uppercase, as moc uses it).
func charToUpper(c rune) rune {
	if _, many := fullUpper[c]; many {
		return c
	}
	return unicode.ToUpper(c)
}

// charToLower is charToUpper's lowercase counterpart.
func charToLower(c rune) rune {
	if _, many := fullLower[c]; many {
		return c
	}
	return unicode.ToLower(c)
}

// textToUpper maps s to uppercase with the full mappings.
func textToUpper(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, c := range s {
		if m, ok := fullUpper[c]; ok {
			b.WriteString(m)
		} else {
			b.WriteRune(unicode.ToUpper(c))
		}
	}
	return b.String()
}

// textToLower maps s to lowercase with the full mappings; a capital sigma
// that ends a word becomes a final sigma.
func textToLower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, c := range s {
		switch m, ok := fullLower[c]; {
		case ok:
			b.WriteString(m)
		case c == 'Σ' && endsWord(s[:i], s[i+len("Σ"):]):
			b.WriteRune('ς')
		default:
			b.WriteRune(unicode.ToLower(c))
		}
	}
	return b.String()
}

// endsWord reports whether a sigma between before and after ends a word in
// Unicode's sense (Final_Sigma): a cased letter precedes it and none
// follows it, case-ignorable characters (accents, apostrophes) aside.
func endsWord(before, after string) bool {
	return casedNext(before, true) && !casedNext(after, false)
}

// casedNext reports whether the first character of s (its last when
// backwards) that is not case-ignorable is cased.
func casedNext(s string, backwards bool) bool {
	for s != "" {
		var c rune
		var n int
		if backwards {
			c, n = utf8.DecodeLastRuneInString(s)
			s = s[:len(s)-n]
		} else {
			c, n = utf8.DecodeRuneInString(s)
			s = s[n:]
		}
		if !caseIgnorable(c) {
			return unicode.In(c, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Other_Lowercase, unicode.Other_Uppercase)
		}
	}
	return false
}

// caseIgnorable is Unicode's Case_Ignorable property: marks, format
// characters, modifiers, and the punctuation that may stand inside a word.
func caseIgnorable(c rune) bool {
	switch c {
	case '\'', '.', ':', 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
		return true
	}
	return unicode.In(c, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}
