package lexer_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/internal/golden"
	"github.com/mori-lang/mori/lexer"
)

// FuzzLex checks that any input lexes into tokens or a lexical error, and
// that the tokens are the source's own text, in order, ending in EOF.
// The golden programs are the seeds.
func FuzzLex(f *testing.F) {
	srcs, err := golden.Sources("..")
	require.NoError(f, err)
	for _, src := range srcs {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		toks, err := lexer.Tokenize("f.mo", src)
		if err != nil {
			var lexErr *lexer.Error
			require.ErrorAs(t, err, &lexErr)
			return
		}
		end := 0
		for _, tok := range toks {
			require.GreaterOrEqual(t, tok.Pos.Offset, end, "tokens in order")
			require.True(t, strings.HasPrefix(src[tok.Pos.Offset:], tok.Value), "token %q is the source's text", tok.Value)
			end = tok.Pos.Offset + len(tok.Value)
		}
		require.Equal(t, lexer.EOF, toks[len(toks)-1].Type)
	})
}
