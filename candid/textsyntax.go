package candid

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Candid text as people type it for dfx: a lexer and a parser into an
// untyped tree, which textvalue.go then reads against the expected types.

// TextError is a mistake in Candid text, with its 1-based position
// (columns count characters).
type TextError struct {
	Line, Col int
	Msg       string
}

func (e *TextError) Error() string {
	if e.Line == 1 {
		return fmt.Sprintf("column %d: %s", e.Col, e.Msg)
	}
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Col, e.Msg)
}

type tokKind uint8

const (
	tokEOF tokKind = iota
	tokPunct
	tokID // identifiers, keywords included
	tokText
	tokNumber
)

type token struct {
	kind tokKind
	text string // punctuation, identifier, number as written; a text's bytes
	pos  int    // byte offset
	end  int
}

type lexer struct {
	src string
	pos int
}

func (lx *lexer) errorAt(pos int, format string, args ...any) {
	line, col := 1, 1
	for _, r := range lx.src[:min(pos, len(lx.src))] {
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	panic(&TextError{Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

func isDigit(c byte) bool    { return c >= '0' && c <= '9' }
func isHexDigit(c byte) bool { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') }
func isIDStart(c byte) bool  { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

func (lx *lexer) next() token {
	lx.skipSpace()
	start := lx.pos
	if start == len(lx.src) {
		return token{kind: tokEOF, pos: start, end: start}
	}
	c := lx.src[start]
	switch {
	case c == '"':
		return lx.textToken()
	case isDigit(c) || (c == '.' && start+1 < len(lx.src) && isDigit(lx.src[start+1])):
		return lx.numberToken()
	case isIDStart(c):
		for lx.pos < len(lx.src) && (isIDStart(lx.src[lx.pos]) || isDigit(lx.src[lx.pos])) {
			lx.pos++
		}
		return token{kind: tokID, text: lx.src[start:lx.pos], pos: start, end: lx.pos}
	case strings.IndexByte("=(){};,.:+-", c) >= 0:
		lx.pos++
		return token{kind: tokPunct, text: string(c), pos: start, end: lx.pos}
	}
	r, _ := utf8.DecodeRuneInString(lx.src[start:])
	lx.errorAt(start, "unexpected character %q", r)
	panic("unreachable")
}

func (lx *lexer) skipSpace() {
	for lx.pos < len(lx.src) {
		switch c := lx.src[lx.pos]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			lx.pos++
		case strings.HasPrefix(lx.src[lx.pos:], "//"):
			for lx.pos < len(lx.src) && lx.src[lx.pos] != '\n' {
				lx.pos++
			}
		case strings.HasPrefix(lx.src[lx.pos:], "/*"):
			start, depth := lx.pos, 0
			for {
				switch {
				case lx.pos >= len(lx.src):
					lx.errorAt(start, "comment is not closed")
				case strings.HasPrefix(lx.src[lx.pos:], "/*"):
					depth++
					lx.pos += 2
				case strings.HasPrefix(lx.src[lx.pos:], "*/"):
					depth--
					lx.pos += 2
				default:
					lx.pos++
				}
				if depth == 0 {
					break
				}
			}
		default:
			return
		}
	}
}

// numberToken reads a decimal, `0x` hexadecimal or floating point number
// (`_` may separate digits); the text keeps what was written.
func (lx *lexer) numberToken() token {
	start := lx.pos
	s := lx.src
	digits := func(ok func(byte) bool) {
		for lx.pos < len(s) && (ok(s[lx.pos]) || s[lx.pos] == '_') {
			lx.pos++
		}
	}
	if strings.HasPrefix(s[start:], "0x") || strings.HasPrefix(s[start:], "0X") {
		lx.pos += 2
		if lx.pos == len(s) || !isHexDigit(s[lx.pos]) {
			lx.errorAt(start, "hexadecimal number without digits")
		}
		digits(isHexDigit)
	} else {
		digits(isDigit)
		if lx.pos < len(s) && s[lx.pos] == '.' {
			lx.pos++
			digits(isDigit)
		}
		if lx.pos < len(s) && (s[lx.pos] == 'e' || s[lx.pos] == 'E') {
			lx.pos++
			if lx.pos < len(s) && (s[lx.pos] == '+' || s[lx.pos] == '-') {
				lx.pos++
			}
			if lx.pos == len(s) || !isDigit(s[lx.pos]) {
				lx.errorAt(start, "exponent without digits in %q", s[start:lx.pos])
			}
			digits(isDigit)
		}
	}
	if lx.pos < len(s) && (isIDStart(s[lx.pos]) || isDigit(s[lx.pos])) {
		lx.errorAt(lx.pos, "unexpected %q after the number %s", s[lx.pos], s[start:lx.pos])
	}
	return token{kind: tokNumber, text: s[start:lx.pos], pos: start, end: lx.pos}
}

// textToken reads a quoted text with Candid's escapes: \n \r \t \\ \" \'
// \xx (a byte) and \u{X} (a code point).
func (lx *lexer) textToken() token {
	start := lx.pos
	lx.pos++
	var b strings.Builder
	s := lx.src
	for {
		if lx.pos >= len(s) {
			lx.errorAt(start, "text is not closed")
		}
		c := s[lx.pos]
		if c == '"' {
			lx.pos++
			return token{kind: tokText, text: b.String(), pos: start, end: lx.pos}
		}
		if c != '\\' {
			b.WriteByte(c)
			lx.pos++
			continue
		}
		esc := lx.pos
		if esc+1 >= len(s) {
			lx.errorAt(start, "text is not closed")
		}
		switch e := s[esc+1]; {
		case strings.IndexByte(`nrt\"'`, e) >= 0:
			b.WriteByte(map[byte]byte{'n': '\n', 'r': '\r', 't': '\t', '\\': '\\', '"': '"', '\'': '\''}[e])
			lx.pos += 2
		case e == 'u':
			end := strings.IndexByte(s[esc:], '}')
			if esc+2 >= len(s) || s[esc+2] != '{' || end < 0 {
				lx.errorAt(esc, `unicode escape must be written \u{X}`)
			}
			hex := strings.ReplaceAll(s[esc+3:esc+end], "_", "")
			cp, err := strconv.ParseUint(hex, 16, 32)
			if err != nil || hex == "" {
				lx.errorAt(esc, "unicode escape %q is not hexadecimal", s[esc:esc+end+1])
			}
			if !utf8.ValidRune(rune(cp)) {
				lx.errorAt(esc, "unicode escape %q is not a code point", s[esc:esc+end+1])
			}
			b.WriteRune(rune(cp))
			lx.pos = esc + end + 1
		case isHexDigit(e) && esc+2 < len(s) && isHexDigit(s[esc+2]):
			v, _ := strconv.ParseUint(s[esc+1:esc+3], 16, 8)
			b.WriteByte(byte(v))
			lx.pos += 3
		default:
			r, _ := utf8.DecodeRuneInString(s[esc+1:])
			lx.errorAt(esc, "unknown escape \\%c", r)
		}
	}
}

// tnode is a value of Candid text, not yet typed.
type tnode struct {
	kind   tnodeKind
	pos    int
	text   string   // number as written (sign included), text or blob bytes, principal text
	kids   []*tnode // opt, vec
	fields []tfield // record, variant (one)
	annot  *ttype   // annotated value
}

type tnodeKind uint8

const (
	nBool tnodeKind = iota
	nNumber
	nText
	nBlob
	nNull
	nOpt
	nVec
	nRecord
	nVariant
	nPrincipal
	nService
	nFunc
	nAnnotated // kids[0] : annot
)

// tfield is a record field or variant case; id is the label's hash when named.
type tfield struct {
	label string // as written
	id    uint32
	pos   int
	val   *tnode // nil for a variant case without value
}

// ttype is a Candid type of an annotation.
type ttype struct {
	name   string   // primitive name, or opt, vec, record, variant, func, service
	elem   *ttype   // opt, vec
	fields []tfield // record, variant: val unused; types in ftypes
	ftypes []*ttype
	pos    int
}

type parser struct {
	lx  lexer
	tok token
}

func (p *parser) advance() token {
	t := p.tok
	p.tok = p.lx.next()
	return t
}

func (p *parser) describe(t token) string {
	switch t.kind {
	case tokEOF:
		return "the end of the text"
	case tokText:
		return "a text"
	case tokNumber:
		return "the number " + t.text
	}
	return "`" + t.text + "`"
}

func (p *parser) fail(format string, args ...any) {
	p.lx.errorAt(p.tok.pos, format, args...)
}

func (p *parser) is(kind tokKind, text string) bool {
	return p.tok.kind == kind && p.tok.text == text
}

func (p *parser) expect(punct string) {
	if !p.is(tokPunct, punct) {
		p.fail("expected `%s`, found %s", punct, p.describe(p.tok))
	}
	p.advance()
}

// args parses `(v, v, ...)`.
func (p *parser) args() []*tnode {
	p.expect("(")
	var vs []*tnode
	for !p.is(tokPunct, ")") {
		vs = append(vs, p.annotated())
		if !p.is(tokPunct, ")") {
			p.expect(",")
		}
	}
	p.advance()
	if p.tok.kind != tokEOF {
		p.fail("unexpected %s after the arguments", p.describe(p.tok))
	}
	return vs
}

func (p *parser) annotated() *tnode {
	v := p.value()
	if !p.is(tokPunct, ":") {
		return v
	}
	p.advance()
	return &tnode{kind: nAnnotated, pos: v.pos, kids: []*tnode{v}, annot: p.typ()}
}

func (p *parser) value() *tnode {
	t := p.tok
	n := &tnode{pos: t.pos}
	switch {
	case t.kind == tokNumber:
		p.advance()
		n.kind, n.text = nNumber, t.text
	case p.is(tokPunct, "+") || p.is(tokPunct, "-"):
		p.advance()
		if p.tok.kind != tokNumber {
			p.fail("expected a number after %s, found %s", t.text, p.describe(p.tok))
		}
		n.kind, n.text = nNumber, t.text+p.advance().text
	case t.kind == tokText:
		p.advance()
		n.kind, n.text = nText, t.text
	case p.is(tokPunct, "("):
		p.advance()
		v := p.annotated()
		p.expect(")")
		return v
	case t.kind == tokID:
		p.advance()
		switch t.text {
		case "true", "false":
			n.kind, n.text = nBool, t.text
		case "null":
			n.kind = nNull
		case "opt":
			n.kind, n.kids = nOpt, []*tnode{p.value()}
		case "blob":
			n.kind, n.text = nBlob, p.textLiteral("blob")
		case "principal":
			n.kind, n.text = nPrincipal, p.textLiteral("principal")
		case "service":
			n.kind, n.text = nService, p.textLiteral("service")
		case "func":
			n.kind, n.text = nFunc, p.textLiteral("func")
			p.expect(".")
			p.name()
		case "vec":
			n.kind = nVec
			p.expect("{")
			for !p.is(tokPunct, "}") {
				n.kids = append(n.kids, p.annotated())
				if !p.is(tokPunct, "}") {
					p.expect(";")
				}
			}
			p.advance()
		case "record":
			n.kind, n.fields = nRecord, p.recordFields()
		case "variant":
			n.kind = nVariant
			p.expect("{")
			f := p.label()
			if p.is(tokPunct, "=") {
				p.advance()
				f.val = p.annotated()
			}
			n.fields = []tfield{f}
			p.expect("}")
		default:
			p.lx.errorAt(t.pos, "unexpected `%s`, expected a value", t.text)
		}
	default:
		p.fail("expected a value, found %s", p.describe(t))
	}
	return n
}

func (p *parser) textLiteral(what string) string {
	if p.tok.kind != tokText {
		p.fail("expected a text after %s, found %s", what, p.describe(p.tok))
	}
	return p.advance().text
}

// name reads an identifier or a quoted name.
func (p *parser) name() string {
	if p.tok.kind == tokText || (p.tok.kind == tokID && !candidKeywords[p.tok.text]) {
		return p.advance().text
	}
	p.fail("expected a name, found %s", p.describe(p.tok))
	panic("unreachable")
}

// label reads a field label: a number (the id) or a name.
func (p *parser) label() tfield {
	f := tfield{pos: p.tok.pos, label: p.tok.text}
	if p.tok.kind == tokNumber {
		id, ok := fieldIDNumber(p.tok.text)
		if !ok {
			p.fail("field id %s is not a 32-bit number", p.tok.text)
		}
		p.advance()
		f.id = id
		return f
	}
	f.label = p.name()
	f.id = Hash(f.label)
	return f
}

func fieldIDNumber(s string) (uint32, bool) {
	s = strings.ReplaceAll(s, "_", "")
	base := 10
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		s, base = s[2:], 16
	}
	n, err := strconv.ParseUint(s, base, 32)
	return uint32(n), err == nil
}

// recordFields reads `{ f; ... }`, where a field is `label = value` or a
// value whose id follows the previous field's.
func (p *parser) recordFields() []tfield {
	p.expect("{")
	var fs []tfield
	next := uint32(0)
	for !p.is(tokPunct, "}") {
		var f tfield
		if p.labelFollows() {
			f = p.label()
			p.expect("=")
		} else {
			f = tfield{pos: p.tok.pos, id: next, label: strconv.FormatUint(uint64(next), 10)}
		}
		f.val = p.annotated()
		next = f.id + 1
		fs = append(fs, f)
		if !p.is(tokPunct, "}") {
			p.expect(";")
		}
	}
	p.advance()
	return fs
}

// labelFollows looks ahead for `label =`.
func (p *parser) labelFollows() bool {
	if p.tok.kind != tokNumber && p.tok.kind != tokText && p.tok.kind != tokID {
		return false
	}
	save := p.lx
	next := p.lx.next()
	p.lx = save
	return next.kind == tokPunct && next.text == "="
}

// typ reads a Candid type of an annotation.
func (p *parser) typ() *ttype {
	t := &ttype{pos: p.tok.pos}
	if p.tok.kind != tokID {
		p.fail("expected a type, found %s", p.describe(p.tok))
	}
	t.name = p.advance().text
	switch t.name {
	case "opt", "vec":
		t.elem = p.typ()
	case "blob":
		t.name, t.elem = "vec", &ttype{name: "nat8", pos: t.pos}
	case "record", "variant":
		p.expect("{")
		next := uint32(0)
		for !p.is(tokPunct, "}") {
			var f tfield
			switch {
			case p.labelColonFollows():
				f = p.label()
				p.expect(":")
				t.ftypes = append(t.ftypes, p.typ())
			case t.name == "variant":
				f = p.label()
				t.ftypes = append(t.ftypes, &ttype{name: "null", pos: f.pos})
			default:
				f = tfield{pos: p.tok.pos, id: next, label: strconv.FormatUint(uint64(next), 10)}
				t.ftypes = append(t.ftypes, p.typ())
			}
			next = f.id + 1
			t.fields = append(t.fields, f)
			if !p.is(tokPunct, "}") {
				p.expect(";")
			}
		}
		p.advance()
	default:
		if !primTypeNames[t.name] {
			p.lx.errorAt(t.pos, "unknown type %s in the annotation", t.name)
		}
	}
	return t
}

// labelColonFollows looks ahead for `label :`.
func (p *parser) labelColonFollows() bool {
	if p.tok.kind != tokNumber && p.tok.kind != tokText && p.tok.kind != tokID {
		return false
	}
	save := p.lx
	next := p.lx.next()
	p.lx = save
	return next.kind == tokPunct && next.text == ":"
}

var primTypeNames = map[string]bool{
	"null": true, "bool": true, "nat": true, "int": true, "nat8": true, "nat16": true, "nat32": true,
	"nat64": true, "int8": true, "int16": true, "int32": true, "int64": true, "float32": true,
	"float64": true, "text": true, "reserved": true, "empty": true, "principal": true,
}
