package lexer

import (
	"strconv"
	"strings"
	"unicode/utf8"

	plex "github.com/alecthomas/participle/v2/lexer"
)

// text scans a text literal at the start of rest and returns its length.
func (s *scanner) text(rest string) (int, error) {
	n, err := s.quoted(rest, '"')
	if err != nil {
		return 0, err
	}
	if n == 0 {
		return 0, &Error{Start: s.pos, End: s.posAfterText(rest), Msg: "unclosed text literal"}
	}
	if _, ok := unescape(rest[1 : n-1]); !ok {
		return 0, &Error{Start: s.pos, End: s.posAfterText(rest[:n]), Msg: "unicode escape out of range"}
	}
	return n, nil
}

// char scans a character literal at the start of rest: one character or
// escape, or a run of `\XX` byte escapes that must decode to one character.
// ok is false when rest does not start with one; moc then rejects the quote
// itself.
func (s *scanner) char(rest string) (n int, ok bool, err error) {
	n, err = s.quoted(rest, '\'')
	if err != nil || n <= 2 || !isCharBody(rest[1:n-1]) {
		return 0, false, nil
	}
	decoded, inRange := unescape(rest[1 : n-1])
	end := s.posAfterText(rest[:n])
	switch {
	case !inRange:
		return 0, true, &Error{Start: s.pos, End: end, Msg: "unicode escape out of range"}
	case !utf8.ValidString(decoded):
		return 0, true, &Error{Start: s.pos, End: end, Msg: "invalid utf8 in character literal"}
	case utf8.RuneCountInString(decoded) > 1:
		return 0, true, &Error{Start: s.pos, End: end, Msg: "overlong character literal"}
	}
	return n, true, nil
}

// isCharBody reports whether body is a single character or escape, or only
// `\XX` byte escapes.
func isCharBody(body string) bool {
	if n := escapeLen(body); n == len(body) {
		return true
	} else if n == 3 {
		for ; n == 3; n = escapeLen(body) {
			body = body[3:]
		}
		return body == ""
	}
	_, size := utf8.DecodeRuneInString(body)
	return body[0] != '\\' && size == len(body)
}

// quoted finds the closing quote of a literal opened by rest[0], checking
// each character and escape. It returns 0 when the input ends first.
func (s *scanner) quoted(rest string, quote byte) (int, error) {
	for i := 1; i < len(rest); {
		c := rest[i]
		switch {
		case c == quote:
			return i + 1, nil
		case c == '\\':
			n := escapeLen(rest[i:])
			if n == 0 {
				if quote == '\'' {
					return 0, nil
				}
				// moc points just past the character after the backslash.
				_, size := utf8.DecodeRuneInString(rest[i+1:])
				end := s.posAfterText(rest[:i+1+size])
				return 0, &Error{Start: end, End: end, Msg: "illegal escape"}
			}
			i += n
		case c == '\n':
			i++
		case c == '"': // inside a char literal, which needs `'\"'` (moc)
			return 0, nil
		case c < 0x20 || c == 0x7f:
			if quote == '\'' {
				return 0, nil
			}
			return 0, &Error{Start: s.pos, End: s.posAfterText(rest[:i+1]), Msg: "illegal control character in text literal"}
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(rest[i:])
			if r == utf8.RuneError {
				if quote == '\'' {
					return 0, nil
				}
				at := s.posAfterText(rest[:i])
				return 0, &Error{Start: at, End: at, Msg: "malformed UTF-8 encoding"}
			}
			i += size
		default:
			i++
		}
	}
	return 0, nil
}

// posAfterText is the position after the source text consumed, which starts
// at the current position.
func (s *scanner) posAfterText(consumed string) plex.Position {
	p := s.pos
	p.Offset += len(consumed)
	if nl := strings.LastIndexByte(consumed, '\n'); nl >= 0 {
		p.Line += strings.Count(consumed, "\n")
		p.Column = len(consumed) - nl
	} else {
		p.Column += len(consumed)
	}
	return p
}

// escapeLen is the length of the escape sequence starting with the
// backslash at s[0], or 0 if it is not a valid one.
func escapeLen(s string) int {
	if len(s) < 2 {
		return 0
	}
	switch s[1] {
	case 'n', 'r', 't', '\\', '\'', '"':
		return 2
	case 'u':
		if len(s) > 2 && s[2] == '{' {
			if n := numLen(s[3:], isHexDigit); n > 0 && 3+n < len(s) && s[3+n] == '}' {
				return 4 + n
			}
		}
	}
	if len(s) >= 3 && isHexDigit(s[1]) && isHexDigit(s[2]) {
		return 3
	}
	return 0
}

// unescape decodes the body of a checked literal. A `\XX` escape is a raw
// byte, so the result need not be valid UTF-8 (Blob literals use this).
// inRange is false when a `\u{...}` escape is not a Unicode scalar value.
func unescape(body string) (decoded string, inRange bool) {
	var b strings.Builder
	inRange = true
	for i := 0; i < len(body); {
		if body[i] != '\\' {
			b.WriteByte(body[i])
			i++
			continue
		}
		n := escapeLen(body[i:])
		switch esc := body[i+1]; esc {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case '\\', '\'', '"':
			b.WriteByte(esc)
		case 'u':
			code, err := strconv.ParseUint(strings.ReplaceAll(body[i+3:i+n-1], "_", ""), 16, 32)
			if err != nil || code >= 0xD800 && code < 0xE000 || code >= 0x110000 {
				inRange = false
			} else {
				b.WriteRune(rune(code))
			}
		default:
			code, _ := strconv.ParseUint(body[i+1:i+3], 16, 8)
			b.WriteByte(byte(code))
		}
		i += n
	}
	return b.String(), inRange
}

// TextValue decodes a Text token's value (with its quotes) into the bytes
// it denotes.
func TextValue(raw string) string {
	decoded, _ := unescape(raw[1 : len(raw)-1])
	return decoded
}

// CharValue decodes a Char token's value (with its quotes).
func CharValue(raw string) rune {
	r, _ := utf8.DecodeRuneInString(TextValue(raw))
	return r
}

// NumberValue is a Nat or Float token's text without its `_` separators.
func NumberValue(raw string) string { return strings.ReplaceAll(raw, "_", "") }

// FloatValue is a Float token's value as Go's strconv.ParseFloat reads
// it: without `_`, and a hexadecimal one with an exponent (`0x644.` is
// `0x644.p0`), which Go requires and Motoko does not.
func FloatValue(raw string) string {
	v := NumberValue(raw)
	if (strings.HasPrefix(v, "0x") || strings.HasPrefix(v, "0X")) && !strings.ContainsAny(v, "pP") {
		v += "p0"
	}
	return v
}
