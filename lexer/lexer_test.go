package lexer_test

import (
	"fmt"
	"strings"
	"testing"

	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/lexer"
)

// render shows tokens compactly: `Kind:value` separated by spaces, EOF left out.
func render(toks []plex.Token) string {
	var parts []string
	for _, t := range toks {
		if t.Type != lexer.EOF {
			parts = append(parts, lexer.KindName(t.Type)+":"+t.Value)
		}
	}
	return strings.Join(parts, " ")
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"keywords and idents", "let x = actor_ _y", "Keyword:let Ident:x Punct:= Ident:actor_ Ident:_y"},
		{"starred keywords", "async* await* await? await", "Keyword:async* Keyword:await* Keyword:await? Keyword:await"},
		{"prim is an identifier", "prim", "Ident:prim"},
		{"underscore", "_ _1 x_", "Punct:_ Ident:_1 Ident:x_"},
		{"longest operators", "<<>= <>>= **%= **% ** *%= *% +%= +% -%= -% #= :=",
			"Punct:<<>= Punct:<>>= Punct:**%= Punct:**% Punct:** Punct:*%= Punct:*% Punct:+%= Punct:+% Punct:-%= Punct:-% Punct:#= Punct::="},
		{"more operators", "<<= >>= <<> <>> << == != <= >= -> <: |> += -= *= /= %= &= |= ^=",
			"Punct:<<= Punct:>>= Punct:<<> Punct:<>> Punct:<< Punct:== Punct:!= Punct:<= Punct:>= Punct:-> Punct:<: Punct:|> Punct:+= Punct:-= Punct:*= Punct:/= Punct:%= Punct:&= Punct:|= Punct:^="},
		{"punctuation", "()[]{};,:.=+-*/%#&|^!?", "Punct:( Punct:) Punct:[ Punct:] Punct:{ Punct:} Punct:; Punct:, Punct:: Punct:. Punct:= Punct:+ Punct:- Punct:* Punct:/ Punct:% Punct:# Punct:& Punct:| Punct:^ Punct:! Punct:?"},
		{"spaced angles compare", "a < b > c", "Ident:a Compare:< Ident:b Compare:> Ident:c"},
		{"glued angles bracket", "f<T>(x) a <b", "Ident:f Punct:< Ident:T Punct:> Punct:( Ident:x Punct:) Ident:a Punct:< Ident:b"},
		{"nested type args close", "L<L<Nat>>", "Ident:L Punct:< Ident:L Punct:< Ident:Nat Punct:> Punct:>"},
		{"shift after space", "x >> 1; x >>1; x>> 1", "Ident:x Punct:>> Nat:1 Punct:; Ident:x Punct:>> Nat:1 Punct:; Ident:x Punct:> Punct:> Nat:1"},
		{"nats", "0 42 1_000 0xFF 0xff_FF 007", "Nat:0 Nat:42 Nat:1_000 Nat:0xFF Nat:0xff_FF Nat:007"},
		{"bad separators end a number", "1__0 1_ 0x_1", "Nat:1 Ident:__0 Nat:1 Punct:_ Nat:0 Ident:x_1"},
		{"floats", "1.5 1. 1e10 1E+3 1.5e-3 1_0.5_5 0x1p3 0x1.8", "Float:1.5 Float:1. Float:1e10 Float:1E+3 Float:1.5e-3 Float:1_0.5_5 Float:0x1p3 Float:0x1.8"},
		{"exponent needs digits", "1e x", "Nat:1 Ident:e Ident:x"},
		{"tuple projection", "t.0.1 t.10", "Ident:t DotNum:.0 DotNum:.1 Ident:t DotNum:.10"},
		{"number then field", "1.foo", "Nat:1 Punct:. Ident:foo"},
		{"chars", `'a' '\n' '\u{1F600}' '\41' '\C3\A9' 'é' '\"'`, `Char:'a' Char:'\n' Char:'\u{1F600}' Char:'\41' Char:'\C3\A9' Char:'é' Char:'\"'`},
		{"text", `"hi" "a\"b" "\u{41}\00" ""`, `Text:"hi" Text:"a\"b" Text:"\u{41}\00" Text:""`},
		{"comments", "a // line\n/* x /* nested */ y */ b", "Ident:a Ident:b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, err := lexer.Tokenize("t.mo", tt.src)
			require.NoError(t, err)
			assert.Equal(t, tt.want, render(toks))
		})
	}
}

func TestPositions(t *testing.T) {
	src := "let s = \"a\nb\";\r\n  x\r y"
	toks, err := lexer.Tokenize("p.mo", src)
	require.NoError(t, err)
	var got []string
	for _, tok := range toks {
		end := lexer.End(tok)
		got = append(got, fmt.Sprintf("%d.%d-%d.%d@%d", tok.Pos.Line, tok.Pos.Column, end.Line, end.Column, tok.Pos.Offset))
	}
	assert.Equal(t, []string{"1.1-1.4@0", "1.5-1.6@4", "1.7-1.8@6", "1.9-2.3@8", "2.3-2.4@13", "3.3-3.4@18", "4.2-4.3@21", "4.3-4.3@22"}, got)
	assert.Equal(t, "p.mo", toks[0].Pos.Filename)
}

// A line comment ends at any of the three line breaks, and the token after
// it is on the next line.
func TestPositionsAfterLineComments(t *testing.T) {
	for _, tt := range []struct{ name, src string }{
		{"line feed", "// a comment\nx"},
		{"carriage return and line feed", "// c\r\nx"},
		{"carriage return", "// c\rx"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			toks, err := lexer.Tokenize("c.mo", tt.src)
			require.NoError(t, err)
			assert.Equal(t, "x", toks[0].Value)
			assert.Equal(t, 2, toks[0].Pos.Line)
			assert.Equal(t, 1, toks[0].Pos.Column)
		})
	}
	toks, err := lexer.Tokenize("c.mo", "x // to the end")
	require.NoError(t, err)
	assert.Len(t, toks, 2, "x and the end of input")
}

func TestLiteralValues(t *testing.T) {
	texts := []struct{ raw, want string }{
		{`"plain"`, "plain"},
		{`"\n\r\t\\\'\""`, "\n\r\t\\'\""},
		{`"\u{48}\u{1_F600}"`, "H\U0001F600"},
		{`"\00\FF"`, "\x00\xff"},
		{"\"two\nlines\"", "two\nlines"},
	}
	for _, tt := range texts {
		assert.Equal(t, tt.want, lexer.TextValue(tt.raw), tt.raw)
	}
	chars := []struct {
		raw  string
		want rune
	}{{`'a'`, 'a'}, {`'\''`, '\''}, {`'\u{E9}'`, 'é'}, {`'\C3\A9'`, 'é'}, {`'😀'`, '😀'}}
	for _, tt := range chars {
		assert.Equal(t, tt.want, lexer.CharValue(tt.raw), tt.raw)
	}
	assert.Equal(t, "0xFFFF", lexer.NumberValue("0xFF_FF"))
}

func TestErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{`let x = "abc`, "e.mo:1.9-1.13: unclosed text literal"},
		{"x /* a /* b */", "e.mo:1.3-1.15: unclosed comment"},
		{"/* a /* b", "e.mo:1.6-1.10: unclosed comment"},
		{`"a\qb"`, "e.mo:1.5-1.5: illegal escape"},
		{`"\u{zz}"`, "e.mo:1.4-1.4: illegal escape"},
		{`"\u{D800}"`, "e.mo:1.1-1.11: unicode escape out of range"},
		{"\"a\tb\"", "e.mo:1.1-1.4: illegal control character in text literal"},
		{"x 'ab'", "e.mo:1.3-1.4: malformed operator"},
		{"''", "e.mo:1.1-1.2: malformed operator"},
		{`'"'`, "e.mo:1.1-1.2: malformed operator"},
		{`'\41\42'`, "e.mo:1.1-1.9: overlong character literal"},
		{`'\FF'`, "e.mo:1.1-1.6: invalid utf8 in character literal"},
		{"a $ b", "e.mo:1.3-1.4: malformed operator"},
		{"é", "e.mo:1.1-1.2: malformed operator"},
		{"\xff", "e.mo:1.1-1.2: malformed UTF-8 encoding"},
		{"x @foo", "e.mo:1.3-1.7: privileged identifier"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			_, err := lexer.Tokenize("e.mo", tt.src)
			var lexErr *lexer.Error
			require.ErrorAs(t, err, &lexErr)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestSymbols(t *testing.T) {
	symbols := lexer.Definition{}.Symbols()
	for _, name := range []string{"EOF", "Ident", "Keyword", "Punct", "Nat", "Float", "Char", "Text", "DotNum", "Compare"} {
		kind, ok := symbols[name]
		require.True(t, ok, name)
		assert.Equal(t, name, lexer.KindName(kind))
	}
	assert.True(t, lexer.IsKeyword("debug_show"))
	assert.False(t, lexer.IsKeyword("prim"))
}
