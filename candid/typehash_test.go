package candid

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// The expected names are moc's: its trap `IDL error: left-over bytes NAME`
// for from_candid of the types (moc-run), or its drun tests.
func TestTypeSeqHash(t *testing.T) {
	a := func() types.Type { // type A = ?[A]
		con := &types.Con{Name: "A"}
		con.Body = opt(arr(&types.App{Con: con}))
		return &types.App{Con: con}
	}()
	b := func() types.Type { // type B = [?B]
		con := &types.Con{Name: "B"}
		con.Body = arr(opt(&types.App{Con: con}))
		return &types.App{Con: con}
	}()
	actor := types.NewObj(ast.Actor, []types.Field{fld("f", sharedFunc)}, nil)
	cases := []struct {
		ts   []types.Type
		want string
	}{
		{seq(types.Text, types.Text, types.Text), "ttt"},
		{seq(types.Nat, types.Text, opt(types.Nat)), "Nt?N"},
		{seq(opt(list)), "?1=?(N!1)"},
		{seq(opt(tup(list, opt(list), arr(types.Nat), arr(types.Nat),
			rec(fld("a", types.Nat), fld("b", types.Text)),
			variant(tag("x", types.Unit), tag("y", types.Int))))),
			"?(2=?(N!2)?!26=vN!6r(a:N,b:t)v(x:u,y:I))"},
		{seq(opt(tup(types.Blob, types.Char, types.Principal, types.Null, types.Unit, types.Any, types.Bool,
			types.Float, types.Int8, types.Nat16, types.Int32, types.Nat64, types.None))),
			"?(BcPzuabfi8n16i32n64e)"},
		{seq(opt(actor)), "?ra(f:Fsr()())"},
		{seq(opt(tup(a, b, arr(b)))), "?(2=?3=v!2!3v!3)"},
	}
	for _, c := range cases {
		cs, err := newLowerer().lowerAll(c.ts)
		require.NoError(t, err)
		assert.Equal(t, c.want, typeSeqHash(cs))
	}
}
