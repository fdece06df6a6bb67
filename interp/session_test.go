package interp_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/driver"
	"github.com/mori-lang/mori/interp"
	"github.com/mori-lang/mori/parser"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// A program extended entry by entry, as the REPL does: each entry sees the
// names of the entries before it, and an entry that traps leaves every
// variable, field, array element and region as it found them.
func TestEntries(t *testing.T) {
	loader := driver.Loader{}
	c := check.New(loader.Import)
	var out strings.Builder
	p, err := interp.Compile(nil, c.Info(), interp.Config{Stdout: &out})
	require.NoError(t, err)
	entry := func(src string) error {
		t.Helper()
		prog, err := parser.ParseFile("stdin", src)
		require.NoError(t, err)
		mods, err := c.CheckProgram(prog)
		require.NoError(t, err)
		require.NoError(t, p.Extend(mods))
		if err := p.RunNew(); err != nil {
			c.Discard()
			return err
		}
		return nil
	}
	show := func(name string) string {
		t.Helper()
		b := c.Lookup(name)
		require.NotNil(t, b, name)
		v, ok := p.Lookup(b)
		require.True(t, ok, name)
		return value.Show(v, b.Type)
	}

	require.NoError(t, entry(`import Region "mo:base/Region"; var n = 1; let a = [var 1, 2]; object o { public var f = "x" }; let r = Region.new(); ignore Region.grow(r, 1); Region.storeNat8(r, 0, 7)`))
	require.NoError(t, entry(`let m = n + 1; n := 10`))
	assert.Equal(t, "2", show("m"))
	assert.Equal(t, "10", show("n"))

	err = entry(`n := 20; a[0] := 5; o.f := "y"; Region.storeNat8(r, 0, 9); ignore Region.grow(r, 1); let lost = 1; ignore a[7]`)
	require.Error(t, err)
	assert.Equal(t, "stdin:1.107-1.111: execution error, Array index out of bounds", err.Error())
	assert.Equal(t, "10", show("n"))
	assert.Equal(t, "[var 1, 2]", show("a"))
	assert.Nil(t, c.Lookup("lost"), "the trapped entry's names are gone")

	require.NoError(t, entry(`let state = (o.f, Region.loadNat8(r, 0), Region.size(r))`))
	assert.Equal(t, `("x", 7, 1)`, show("state"))

	require.NoError(t, entry(`n + 1`))
	assert.Equal(t, "11", value.Show(p.Result(), types.Nat))
}

// A trap raised by a primitive names it.
func TestPrimitiveTrap(t *testing.T) {
	_, err := run(t, "import Prim \"mo:⛔\";\nlet x = Prim.natToNat8(300);\n")
	require.Error(t, err)
	te, ok := err.(*interp.Error)
	require.True(t, ok)
	assert.Equal(t, "natToNat8", te.Primitive)
	assert.Equal(t, "losing precision", te.Message)
	_, err = run(t, "let a = [1];\nlet x = a[2];\n")
	assert.Equal(t, "", err.(*interp.Error).Primitive)
}
