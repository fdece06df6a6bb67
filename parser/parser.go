// Package parser turns Motoko source into the ast package's syntax tree,
// following moc's grammar (src/mo_frontend/parser.mly): which positions read
// `{ ... }` as a block and which as a record, operator precedence, and the
// keyword forms that extend as far right as possible.
//
// It is a recursive-descent parser over the lexer package's tokens
// (participle's token type), lexed as it reads them, one ahead at most, so
// that a skipped function body is never lexed into tokens. moc's grammar is
// too context-dependent for participle's struct grammars (record-or-block
// braces, whitespace-sensitive angle brackets, declarations inside
// expressions), and every node needs the exact span the ast package records.
package parser

import (
	"fmt"
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/lexer"
)

// Error is a syntax error, formatted as moc formats it.
type Error struct {
	Span ast.Span
	Code string // moc's: M0001 grammar, M0002 lexical, M0158 anonymous public class
	Msg  string
	// AtEOF is set when the input ended too early (unexpected end of input,
	// unclosed text or comment): a REPL can read another line and retry.
	AtEOF bool
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: syntax error [%s], %s", formatSpan(e.Span), e.Code, e.Msg)
}

// formatSpan prints a span as moc does, a point (an empty span, such as the
// end of input) as a single position.
func formatSpan(s ast.Span) string {
	if s.Start == s.End {
		return fmt.Sprintf("%s:%d.%d", s.File, s.Start.Line, s.Start.Col)
	}
	return s.String()
}

// ParseFile parses a whole source file. A REPL entry is parsed the same
// way; when it fails with AtEOF set, the entry is incomplete and the REPL can
// read another line and parse again.
func ParseFile(filename, src string) (*ast.Program, error) {
	return parse(filename, src, false)
}

// ParseLibrary parses a library file known to parse (it did before), but
// not the block bodies of its named functions, which are ast.Unparsed until
// needed, nor the named functions of its module and class bodies at all
// (ast.FuncExpr.Deferred): a program uses few of the functions of a
// library. A syntax error in what was skipped is reported when it is
// parsed.
func ParseLibrary(filename, src string) (*ast.Program, error) {
	return parse(filename, src, true)
}

func parse(filename, src string, lazy bool) (*ast.Program, error) {
	p := newParser(src, plex.Position{Filename: filename, Line: 1, Column: 1})
	if lazy {
		p.src = src
	}
	return run(p, p.program)
}

// parseBody parses a function body the parser skipped: the block from
// position at to end in the file's source src.
func parseBody(src string, at plex.Position, end int) (*ast.BlockExpr, error) {
	p := newParser(src[:end], at)
	return run(p, func() *ast.BlockExpr {
		b := p.block()
		if !p.isKind(lexer.EOF) {
			p.fail("<eof>")
		}
		return b
	})
}

// parseDeferredFunc parses a function declaration the parser skipped (see
// deferredFunc): from position at to the end of src, the file's source up
// to the declaration's end. Its body is left unparsed in turn.
func parseDeferredFunc(src string, at plex.Position) (*ast.FuncExpr, error) {
	p := newParser(src, at)
	p.src = src
	return run(p, func() *ast.FuncExpr {
		d, ok := p.funcOrObjectDec().(*ast.FuncDec)
		if !ok || !p.isKind(lexer.EOF) {
			p.fail("<eof>")
		}
		return d.Func
	})
}

func newParser(src string, at plex.Position) *parser {
	return &parser{lex: lexer.NewScanner(src, at), file: at.Filename}
}

// fromLexer turns a lexical error, found before parsing starts, into an
// *Error.
func fromLexer(filename string, err error) *Error {
	if lexErr, ok := err.(*lexer.Error); ok {
		return &Error{
			Span:  ast.Span{File: lexErr.Start.Filename, Start: toPos(lexErr.Start), End: toPos(lexErr.End)},
			Code:  "M0002",
			Msg:   lexErr.Msg,
			AtEOF: strings.HasPrefix(lexErr.Msg, "unclosed"),
		}
	}
	return &Error{Span: ast.Span{File: filename}, Code: "M0001", Msg: err.Error()}
}

func toPos(p plex.Position) ast.Pos { return ast.Pos{Line: int32(p.Line), Col: int32(p.Column)} }

// maxDepth bounds how deeply the syntax tree nests, so that absurdly deep
// input is a syntax error rather than a stack overflow here or in the
// passes after parsing, which all recurse over the tree.
const maxDepth = 5000

// parser is the recursive-descent state: the lexer, which runs as the
// parser reads, the tokens lexed and not yet consumed (the next one and at
// most one more; past the end, EOF again) and the end of the last token
// consumed, which closes the span of the node being built.
type parser struct {
	lex   *lexer.Scanner
	ahead [2]plex.Token
	lexed int // how many of ahead hold tokens
	file  string
	// src, when set, is the file's source, and the block bodies of named
	// functions are left unparsed (see ParseLibrary).
	src     string
	lastEnd ast.Pos
	// depth counts the productions being parsed (see enter); peak is the
	// deepest level the tree built so far reaches, which also counts the
	// links of operator and postfix chains: loops build those without
	// recursing, yet each link nests the tree one level deeper.
	depth, peak int
}

// bailout carries a syntax error up to run.
type bailout struct{ err *Error }

// run parses with parse (a production of p), turning a bailout into its
// *Error (and nothing else into an error: no nil *Error in an interface).
func run[T any](p *parser, parse func() T) (result T, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			err = b.err
		}
	}()
	return parse(), nil
}

// fail reports a syntax error at the next token.
func (p *parser) fail(expected string) {
	tok := p.peek()
	msg := fmt.Sprintf("unexpected token '%s', expected %s", tok.Value, expected)
	if tok.EOF() {
		msg = "unexpected end of input, expected " + expected
	}
	panic(bailout{&Error{Span: p.tokSpan(tok), Code: "M0001", Msg: msg, AtEOF: tok.EOF()}})
}

// failAt reports a syntax error over span with a code and message of its own.
func (p *parser) failAt(span ast.Span, code, msg string) {
	panic(bailout{&Error{Span: span, Code: code, Msg: msg}})
}

// enter guards recursion depth; call `defer p.leave()` after it.
func (p *parser) enter() {
	p.depth++
	p.reach(p.depth)
}

func (p *parser) leave() { p.depth-- }

// reach records that the tree reaches level, which must not pass maxDepth.
func (p *parser) reach(level int) {
	if level > p.peak {
		p.peak = level
		if level > maxDepth {
			p.failAt(p.tokSpan(p.peek()), "M0001", "program too deeply nested")
		}
	}
}

// measure parses with f and returns what f built and how many levels it
// reaches below the current one.
func measure[T any](p *parser, f func() T) (T, int) {
	outer := p.peak
	p.peak = p.depth
	x := f()
	h := p.peak - p.depth
	p.peak = max(outer, p.peak)
	return x, h
}

// link accounts for a chain link: a node built around the chain so far,
// of height h, and further children of heights hs. It returns the new
// chain's height.
func (p *parser) link(h int, hs ...int) int {
	for _, k := range hs {
		h = max(h, k)
	}
	h++
	p.reach(p.depth + h)
	return h
}

// peek returns the next token.
func (p *parser) peek() plex.Token { return *p.nextRef() }

// nextRef is the next token in place, for a look at it.
func (p *parser) nextRef() *plex.Token {
	if p.lexed == 0 {
		p.lexAhead()
	}
	return &p.ahead[0]
}

// peekAt1 looks one token past the next one.
func (p *parser) peekAt1() plex.Token {
	p.nextRef()
	if p.lexed == 1 {
		p.lexAhead()
	}
	return p.ahead[1]
}

// lexAhead lexes one more token (after EOF, EOF again); a lexical error
// ends the parse.
func (p *parser) lexAhead() {
	if p.lexed > 0 && p.ahead[p.lexed-1].EOF() {
		p.ahead[p.lexed] = p.ahead[p.lexed-1]
	} else {
		tok, err := p.lex.Next()
		if err != nil {
			panic(bailout{fromLexer(p.file, err)})
		}
		p.ahead[p.lexed] = tok
	}
	p.lexed++
}

// next consumes the next token (at EOF, it stays).
func (p *parser) next() plex.Token {
	tok := p.peek()
	if !tok.EOF() {
		p.ahead[0] = p.ahead[1]
		p.lexed--
	}
	p.lastEnd = toPos(lexer.End(tok))
	return tok
}

// is reports whether the next token is the keyword or punctuation text.
func (p *parser) is(text string) bool { return isText(*p.nextRef(), text) }

func isText(tok plex.Token, text string) bool {
	return (tok.Type == lexer.Punct || tok.Type == lexer.Keyword) && tok.Value == text
}

func (p *parser) isKind(kind plex.TokenType) bool { return p.nextRef().Type == kind }

// accept consumes the next token if it is text.
func (p *parser) accept(text string) bool {
	if p.is(text) {
		p.next()
		return true
	}
	return false
}

// expect consumes text or fails.
func (p *parser) expect(text string) plex.Token {
	if !p.is(text) {
		p.fail(quote(text))
	}
	return p.next()
}

func quote(text string) string { return "'" + text + "'" }

// start is where the next token begins.
func (p *parser) start() ast.Pos { return toPos(p.peek().Pos) }

// spanFrom is the span from start to the end of the last token consumed.
func (p *parser) spanFrom(start ast.Pos) ast.Span {
	return ast.Span{File: p.file, Start: start, End: p.lastEnd}
}

func (p *parser) tokSpan(tok plex.Token) ast.Span {
	return ast.Span{File: p.file, Start: toPos(tok.Pos), End: toPos(lexer.End(tok))}
}

// ident parses an identifier.
func (p *parser) ident() *ast.Ident {
	if !p.isKind(lexer.Ident) {
		p.fail("<id>")
	}
	tok := p.next()
	return &ast.Ident{Span: p.tokSpan(tok), Name: tok.Value}
}

// optIdent parses an identifier if one comes next.
func (p *parser) optIdent() *ast.Ident {
	if p.isKind(lexer.Ident) {
		return p.ident()
	}
	return nil
}

// program is `imports decs EOF`. Imports come first; the `;` after the last
// one may be left out, as moc's grammar allows.
func (p *parser) program() *ast.Program {
	start := p.start()
	var decs []ast.Dec
	for p.is("import") {
		decs = append(decs, p.importDec())
		if !p.accept(";") {
			break
		}
	}
	decs = append(decs, p.decList(func() bool { return p.isKind(lexer.EOF) }, "<eof>")...)
	end := toPos(p.peek().Pos)
	return &ast.Program{Span: ast.Span{File: p.file, Start: start, End: end}, Decs: decs}
}

// decList parses declarations separated by `;` (one may follow the last)
// up to the token that closes the list, which it leaves unconsumed.
func (p *parser) decList(atClose func() bool, closer string) []ast.Dec {
	var decs []ast.Dec
	for !atClose() {
		decs = append(decs, p.dec(true))
		if !p.accept(";") && !atClose() {
			p.fail("one of ';' " + closer)
		}
	}
	return decs
}
