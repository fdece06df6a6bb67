package lexer

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	plex "github.com/alecthomas/participle/v2/lexer"
)

// Error is a lexical error. Start and End delimit the offending text the way
// moc reports it (End equals Start for a point, as in an illegal escape).
type Error struct {
	Start, End plex.Position
	Msg        string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d.%d-%d.%d: %s", e.Start.Filename, e.Start.Line, e.Start.Column, e.End.Line, e.End.Column, e.Msg)
}

// Definition is the Motoko lexer as a participle lexer.Definition.
type Definition struct{}

var _ plex.BytesDefinition = Definition{}
var _ plex.StringDefinition = Definition{}

// Symbols maps kind names to token kinds, as participle expects.
func (Definition) Symbols() map[string]plex.TokenType {
	symbols := make(map[string]plex.TokenType, len(kindNames))
	for kind, name := range kindNames {
		symbols[name] = kind
	}
	return symbols
}

// Lex reads all of r and returns a lexer over it.
func (d Definition) Lex(filename string, r io.Reader) (plex.Lexer, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(src))
}

// LexBytes returns a lexer over src.
func (d Definition) LexBytes(filename string, src []byte) (plex.Lexer, error) {
	return d.LexString(filename, string(src))
}

// LexString returns a lexer over src.
func (Definition) LexString(filename string, src string) (plex.Lexer, error) {
	return newScanner(filename, src), nil
}

// Tokenize lexes all of src, ending with the EOF token. On an error it
// returns the tokens before it.
func Tokenize(filename, src string) ([]plex.Token, error) {
	s := newScanner(filename, src)
	var toks []plex.Token
	for {
		tok, err := s.Next()
		if err != nil {
			return toks, err
		}
		toks = append(toks, tok)
		if tok.EOF() {
			return toks, nil
		}
	}
}

// scanner produces tokens one at a time; pos is the position of src[pos.Offset].
type scanner struct {
	src string
	pos plex.Position
}

// Scanner produces the tokens of a source one at a time, for a parser that
// reads them as it goes (see Next).
type Scanner struct{ scanner }

// NewScanner scans src from position at (at.Offset is an index into src;
// src may be a file up to where the part to scan ends).
func NewScanner(src string, at plex.Position) *Scanner {
	return &Scanner{scanner{src: src, pos: at}}
}

// SkipBlock moves the scanner to the `{` at open and past its matching `}`
// without making tokens, and returns the position after the `}`. It is
// for source known to lex: it tells only text and character literals and
// comments apart from braces, and checks nothing. ok is false when the
// input ends first.
func (s *Scanner) SkipBlock(open plex.Position) (end plex.Position, ok bool) {
	_, i, ok := skipBraces(s.src, open.Offset, false)
	s.pos = open
	s.moveTo(i)
	return s.pos, ok
}

// SkipDeclaration moves the scanner from start to the `;` ending the
// declaration there, or to the `}` closing the body it is in, without
// making tokens, as SkipBlock does, and returns where the declaration's
// last token ends (for source known to parse: a declaration has no `;`
// outside braces).
func (s *Scanner) SkipDeclaration(start plex.Position) (end plex.Position, ok bool) {
	stop, last, ok := skipBraces(s.src, start.Offset, true)
	s.pos = start
	s.moveTo(last)
	end = s.pos
	s.moveTo(stop)
	return end, ok
}

// skipBraces scans src from i, telling text and character literals and
// comments apart, to the index after the `}` matching the `{` at src[i];
// or, with toEnd, to the index of the first `;` outside braces or of the
// `}` closing the braces around src[i]. last is the index after the last
// byte before there that is neither space nor comment. ok is false when
// the input ends first.
func skipBraces(src string, i int, toEnd bool) (stop, last int, ok bool) {
	depth := 0
	last = i
	for i < len(src) {
		switch c := src[i]; c {
		case '{':
			depth++
			i++
		case '}':
			if toEnd && depth == 0 {
				return i, last, true
			}
			depth--
			i++
			if depth == 0 && !toEnd {
				return i, i, true
			}
		case ';':
			if toEnd && depth == 0 {
				return i, last, true
			}
			i++
		case '"', '\'':
			i = skipQuoted(src, i)
		case '/':
			if j := skipComment(src, i); j > i+1 {
				i = j
				continue // a comment is not the end of a token
			}
			i++
		case ' ', '\t', '\r', '\n':
			i++
			continue
		default:
			i++
		}
		last = i
	}
	return len(src), last, false
}

// skipQuoted is the index after the text or character literal starting at
// src[i].
func skipQuoted(src string, i int) int {
	quote := src[i]
	for i++; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case quote:
			return i + 1
		}
	}
	return len(src)
}

// lineLength is the length of s's first line, without its line break
// ("\n", "\r\n" or "\r"). Half of a library's source is line comments: the
// line feed is searched for first, with IndexByte's vector code.
func lineLength(s string) int {
	n := strings.IndexByte(s, '\n')
	if n < 0 {
		n = len(s)
	}
	if r := strings.IndexByte(s[:n], '\r'); r >= 0 {
		return r
	}
	return n
}

// skipComment is the index after the comment starting at src[i], or after
// the `/` there when no comment starts.
func skipComment(src string, i int) int {
	rest := src[i:]
	switch {
	case strings.HasPrefix(rest, "//"):
		return i + lineLength(rest)
	case strings.HasPrefix(rest, "/*"):
		depth := 0
		for j := 0; j < len(rest); {
			switch {
			case strings.HasPrefix(rest[j:], "/*"):
				depth++
				j += 2
			case strings.HasPrefix(rest[j:], "*/"):
				depth--
				j += 2
				if depth == 0 {
					return i + j
				}
			default:
				j++
			}
		}
		return len(src)
	}
	return i + 1
}

// moveTo moves the scanner forward to offset, counting the lines passed.
func (s *scanner) moveTo(offset int) {
	passed := s.src[s.pos.Offset:offset]
	if strings.IndexByte(passed, '\r') >= 0 {
		s.advance(len(passed)) // rare: advance knows "\r\n" from "\r"
		return
	}
	if nl := strings.LastIndexByte(passed, '\n'); nl >= 0 {
		s.pos.Line += strings.Count(passed, "\n")
		s.pos.Column = len(passed) - nl
	} else {
		s.pos.Column += len(passed)
	}
	s.pos.Offset = offset
}

func newScanner(filename, src string) *scanner {
	return &scanner{src: src, pos: plex.Position{Filename: filename, Line: 1, Column: 1}}
}

func (s *scanner) peekByte(ahead int) byte {
	if i := s.pos.Offset + ahead; i < len(s.src) {
		return s.src[i]
	}
	return 0
}

// advance moves past n bytes, counting "\r\n", "\r" and "\n" as line breaks
// as moc does.
func (s *scanner) advance(n int) {
	for end := s.pos.Offset + n; s.pos.Offset < end; {
		c := s.src[s.pos.Offset]
		s.pos.Offset++
		if c == '\n' || c == '\r' && s.peekByte(0) != '\n' {
			s.pos.Line++
			s.pos.Column = 1
		} else {
			s.pos.Column++
		}
	}
}

func (s *scanner) errorf(start plex.Position, format string, args ...any) *Error {
	return &Error{Start: start, End: s.pos, Msg: fmt.Sprintf(format, args...)}
}

// Next returns the next token, skipping whitespace and comments.
func (s *scanner) Next() (plex.Token, error) {
	if err := s.skipTrivia(); err != nil {
		return plex.Token{}, err
	}
	start := s.pos
	rest := s.src[start.Offset:]
	if rest == "" {
		return plex.EOFToken(start), nil
	}
	kind, n, err := s.scan(rest)
	if err != nil {
		return plex.Token{}, err
	}
	tok := plex.Token{Type: kind, Value: rest[:n], Pos: start}
	if kind == Text || kind == Char {
		s.advance(n) // a literal may span lines
	} else {
		s.pos.Offset += n
		s.pos.Column += n
	}
	return tok, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (s *scanner) skipTrivia() error {
	for s.pos.Offset < len(s.src) {
		rest := s.src[s.pos.Offset:]
		switch {
		case isSpace(rest[0]):
			s.advance(1)
		case strings.HasPrefix(rest, "//"):
			n := lineLength(rest)
			s.pos.Offset += n // to the line's end, on the same line
			s.pos.Column += n
		case strings.HasPrefix(rest, "/*"):
			if err := s.skipBlockComment(); err != nil {
				return err
			}
		default:
			return nil
		}
	}
	return nil
}

// skipBlockComment skips a nested comment. An unclosed one is reported from
// the innermost comment still open, as moc does.
func (s *scanner) skipBlockComment() error {
	var opens []plex.Position
	for s.pos.Offset < len(s.src) {
		rest := s.src[s.pos.Offset:]
		switch {
		case strings.HasPrefix(rest, "/*"):
			opens = append(opens, s.pos)
			s.advance(2)
		case strings.HasPrefix(rest, "*/"):
			s.advance(2)
			if opens = opens[:len(opens)-1]; len(opens) == 0 {
				return nil
			}
		default:
			s.advance(1)
		}
	}
	return s.errorf(opens[len(opens)-1], "unclosed comment")
}

// scan recognises the token at the start of rest and returns its kind and
// length in bytes.
func (s *scanner) scan(rest string) (plex.TokenType, int, error) {
	c := rest[0]
	switch {
	case isLetter(c) || c == '_' && len(rest) > 1 && isIdentChar(rest[1]):
		kind, n := word(rest)
		return kind, n, nil
	case isDigit(c):
		kind, n := number(rest)
		return kind, n, nil
	case c == '.' && len(rest) > 1 && isDigit(rest[1]):
		return DotNum, 1 + numLen(rest[1:], isDigit), nil
	case c == '"':
		n, err := s.text(rest)
		return Text, n, err
	case c == '\'':
		if n, ok, err := s.char(rest); ok {
			return Char, n, err
		}
	case c == '<' || c == '>':
		kind, n := s.angle(rest)
		return kind, n, nil
	case c == '@' && len(rest) > 1 && (isLetter(rest[1]) || rest[1] == '_'):
		n := 1 + prefixLen(rest[1:], isIdentChar)
		return 0, 0, &Error{Start: s.pos, End: s.posAfterText(rest[:n]), Msg: "privileged identifier"}
	}
	for _, p := range punctsFrom[c] {
		if strings.HasPrefix(rest, p) {
			return Punct, len(p), nil
		}
	}
	r, size := utf8.DecodeRuneInString(rest)
	if r == utf8.RuneError && size <= 1 {
		return 0, 0, &Error{Start: s.pos, End: s.posAfterText(rest[:1]), Msg: "malformed UTF-8 encoding"}
	}
	return 0, 0, &Error{Start: s.pos, End: s.posAfterText(rest[:1]), Msg: "malformed operator"}
}

// word scans an identifier or keyword; `async*`, `await*` and `await?` are
// single keywords.
func word(rest string) (plex.TokenType, int) {
	n := prefixLen(rest, isIdentChar)
	switch word := rest[:n]; {
	case (word == "async" || word == "await") && n < len(rest) && rest[n] == '*':
		return Keyword, n + 1
	case word == "await" && n < len(rest) && rest[n] == '?':
		return Keyword, n + 1
	case keywordSet[word]:
		return Keyword, n
	}
	return Ident, n
}

// angle scans a token starting with `<` or `>`. moc reads a bare `<` or `>`
// with whitespace on both sides as a comparison, and a `>` preceded by
// whitespace and glued to another lone `>` as the shift `>>`; otherwise they
// are type brackets, so `List<List<Nat>>` closes two argument lists.
func (s *scanner) angle(rest string) (plex.TokenType, int) {
	for _, p := range punctsFrom[rest[0]] {
		if strings.HasPrefix(rest, p) && len(p) > 1 {
			return Punct, len(p)
		}
	}
	spaceBefore := s.pos.Offset > 0 && isSpace(s.src[s.pos.Offset-1])
	if rest[0] == '>' && spaceBefore && strings.HasPrefix(rest, ">>") && !strings.HasPrefix(rest[1:], ">=") {
		return Punct, 2
	}
	if spaceBefore && len(rest) > 1 && isSpace(rest[1]) {
		return Compare, 1
	}
	return Punct, 1
}

func isLetter(c byte) bool     { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool      { return '0' <= c && c <= '9' }
func isIdentChar(c byte) bool  { return isLetter(c) || isDigit(c) || c == '_' }
func isHexDigit(c byte) bool   { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
func isIdentStart(c byte) bool { return isLetter(c) || c == '_' }

// prefixLen is the length of the longest prefix of s whose bytes satisfy ok.
func prefixLen(s string, ok func(byte) bool) int {
	n := 0
	for n < len(s) && ok(s[n]) {
		n++
	}
	return n
}

// numLen is the length of a digit sequence with single `_` separators
// between digits (moc's `digit ('_'? digit)*`), 0 if s does not start with
// a digit.
func numLen(s string, digit func(byte) bool) int {
	if s == "" || !digit(s[0]) {
		return 0
	}
	n := 1
	for n < len(s) {
		switch {
		case digit(s[n]):
			n++
		case s[n] == '_' && n+1 < len(s) && digit(s[n+1]):
			n += 2
		default:
			return n
		}
	}
	return n
}

// number scans a Nat or Float literal by longest match over moc's forms:
// `num`, `0x hexnum`, `num . frac?`, `num (. frac?)? e ±? num` and the hex
// float forms with a `p` exponent. A number followed by `.` and a letter is
// a Nat (the dot starts a field access, as in moc's `1.foo`).
func number(s string) (plex.TokenType, int) {
	digit, expChars := isDigit, "eE"
	n := 0
	if strings.HasPrefix(s, "0x") && numLen(s[2:], isHexDigit) > 0 {
		digit, expChars = isHexDigit, "pP"
		n = 2
	}
	n += numLen(s[n:], digit)
	kind := Nat
	if n < len(s) && s[n] == '.' && (n+1 == len(s) || !isIdentStart(s[n+1]) || digit(s[n+1])) {
		kind = Float
		n++
		n += numLen(s[n:], digit)
	}
	if n < len(s) && strings.IndexByte(expChars, s[n]) >= 0 {
		e := n + 1
		if e < len(s) && (s[e] == '+' || s[e] == '-') {
			e++
		}
		if m := numLen(s[e:], isDigit); m > 0 {
			return Float, e + m
		}
	}
	return kind, n
}
