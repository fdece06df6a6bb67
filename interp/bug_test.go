package interp_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/bug"
	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/interp"
	"github.com/mori-lang/mori/parser"
	"github.com/mori-lang/mori/types"
)

// Compiling a tree without the checker's facts breaks the compiler's
// invariants: a bug of mori, not an error of the program.
func TestCompilerBugIsAnInternalError(t *testing.T) {
	prog, err := parser.ParseFile("t.mo", "let x = 1;")
	require.NoError(t, err)
	mods, _, err := check.Check(prog, nil)
	require.NoError(t, err)
	_, err = interp.Compile(mods, types.NewInfo(), interp.Config{})
	var internal *bug.Error
	require.ErrorAs(t, err, &internal)
	assert.Equal(t, "internal error at t.mo:1.5-1.6: no binding recorded for x", err.Error())
}
