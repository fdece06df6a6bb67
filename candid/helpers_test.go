package candid

import (
	"encoding/hex"
	"math/big"
	"sort"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// Type and value builders for the tests.

func tup(ts ...types.Type) *types.Tuple      { return &types.Tuple{Elems: ts} }
func opt(t types.Type) *types.Opt            { return &types.Opt{Elem: t} }
func arr(t types.Type) *types.Array          { return &types.Array{Elem: t} }
func fld(n string, t types.Type) types.Field { return types.Field{Name: n, Type: t} }
func tag(n string, t types.Type) types.Tag   { return types.Tag{Name: n, Type: t} }

func rec(fs ...types.Field) *types.Obj {
	return types.NewObj(ast.Object, fs, nil)
}

func variant(tags ...types.Tag) *types.Variant { return types.NewVariant(tags) }

func seq(ts ...types.Type) []types.Type { return ts }

func vals(vs ...value.Value) []value.Value { return vs }

// list is `type L = ?(Nat, L)`.
var list = func() types.Type {
	con := &types.Con{Name: "L"}
	con.Body = opt(tup(types.Nat, &types.App{Con: con}))
	return &types.App{Con: con}
}()

// sharedFunc is `shared () -> async ()`.
var sharedFunc = &types.Func{Sort: ast.SharedFunc, Results: []types.Type{&types.Async{Elem: types.Unit}}}

// alias makes `type Name = body` and returns its use.
func alias(name string, body types.Type) types.Type {
	return &types.App{Con: &types.Con{Name: name, Body: body}}
}

func nat(n uint64) value.Value            { return value.Nat(n) }
func intv(i int64) value.Value            { return value.Int(i) }
func txt(s string) value.Value            { return value.Text(s) }
func some(v value.Value) value.Value      { return value.MakeOpt(v) }
func tuple(vs ...value.Value) value.Value { return value.MakeTuple(vs) }
func array(vs ...value.Value) value.Value { return value.MakeArray(vs) }

func bigv(s string) value.Value {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return value.BigInt(b)
}

// record makes a record value from name/value pairs.
func record(kv ...any) value.Value {
	m := map[string]value.Value{}
	var names []string
	for i := 0; i < len(kv); i += 2 {
		n := kv[i].(string)
		names = append(names, n)
		m[n] = kv[i+1].(value.Value)
	}
	if len(names) == 0 {
		return value.Unit
	}
	sort.Strings(names)
	l := value.LayoutOf(names)
	fs := make([]value.Value, len(names))
	for i, n := range l.Names {
		fs[i] = m[n]
	}
	return value.MakeObject(l, fs)
}

func unhex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}
