// Package lexer turns Motoko source into tokens for the parser. It follows
// moc's lexical rules (including its whitespace-sensitive treatment of `<`,
// `>` and `>>`). Tokenize reads a whole file for the parser; the lexer is
// also a participle lexer.Definition.
package lexer

import (
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"
)

// Token kinds. Every token's Value is its exact source text, so a token's
// extent can always be recomputed from its start position (see End).
const (
	EOF                    = plex.EOF
	Ident   plex.TokenType = -(iota + 1)
	Keyword                // reserved words, including `async*`, `await*`, `await?`
	Punct                  // operators and punctuation, `_` included
	Nat                    // 42, 1_000, 0xFF
	Float                  // 1.5, 1e10, 0x1p3
	Char                   // 'a', with its quotes
	Text                   // "hi", with its quotes
	DotNum                 // `.0` of a tuple projection: a dot glued to digits
	// Compare is `<` or `>` with whitespace on both sides: the comparison
	// operators. Without the spaces they are type-argument brackets, as in moc.
	Compare
)

var kindNames = map[plex.TokenType]string{
	EOF: "EOF", Ident: "Ident", Keyword: "Keyword", Punct: "Punct", Nat: "Nat",
	Float: "Float", Char: "Char", Text: "Text", DotNum: "DotNum", Compare: "Compare",
}

// KindName is the name of a token kind, as used in Symbols.
func KindName(kind plex.TokenType) string { return kindNames[kind] }

// Keywords are Motoko's reserved words (moc's list).
var Keywords = []string{
	"actor", "and", "async", "async*", "assert", "await", "await*", "await?",
	"break", "case", "catch", "class", "composite", "continue", "debug",
	"debug_show", "do", "else", "false", "finally", "flexible", "for",
	"from_candid", "func", "if", "ignore", "in", "implicit", "import",
	"include", "mixin", "module", "not", "null", "object", "or", "label",
	"let", "loop", "persistent", "private", "public", "query", "return",
	"shared", "stable", "switch", "system", "transient", "try", "throw",
	"to_candid", "true", "type", "var", "weak", "while", "with",
}

var keywordSet = func() map[string]bool {
	set := make(map[string]bool, len(Keywords))
	for _, k := range Keywords {
		set[k] = true
	}
	return set
}()

// puncts lists operators and punctuation, longest first so that the first
// prefix match is the longest match. `>>` is absent on purpose: moc makes it
// from two `>` tokens only after whitespace (see scanner.angle).
var puncts = []string{
	"<<>=", "<>>=", "**%=",
	"**=", "<<=", ">>=", "+%=", "-%=", "*%=", "**%", "<<>", "<>>",
	":=", "+=", "-=", "*=", "/=", "%=", "#=", "&=", "|=", "^=",
	"**", "+%", "-%", "*%", "<<", "==", "!=", "<=", ">=", "->", "<:", "|>",
	"(", ")", "[", "]", "{", "}", ";", ",", ":", ".", "=", "<", ">",
	"+", "-", "*", "/", "%", "#", "&", "|", "^", "!", "?", "_",
}

// punctsFrom lists, for each first byte, the puncts starting with it,
// longest first.
var punctsFrom = func() (from [256][]string) {
	for _, p := range puncts {
		from[p[0]] = append(from[p[0]], p)
	}
	return from
}()

// IsKeyword reports whether word is reserved.
func IsKeyword(word string) bool { return keywordSet[word] }

// End is the position just past the token's last byte.
func End(tok plex.Token) plex.Position {
	end := tok.Pos
	end.Offset += len(tok.Value)
	// Only text and char literals can span lines: they may hold a raw
	// newline (never a raw carriage return, which is a control character).
	if nl := strings.LastIndexByte(tok.Value, '\n'); nl >= 0 {
		end.Line += strings.Count(tok.Value, "\n")
		end.Column = len(tok.Value) - nl
		return end
	}
	end.Column += len(tok.Value)
	return end
}
