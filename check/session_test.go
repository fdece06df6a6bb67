package check_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/parser"
	"github.com/mori-lang/mori/types"
)

func checkIn(t *testing.T, c *check.Checker, src string) error {
	t.Helper()
	prog, err := parser.ParseFile("s.mo", src)
	require.NoError(t, err)
	_, err = c.CheckProgram(prog)
	return err
}

// A program may redeclare the names of the programs before it; one that
// fails, or is discarded, leaves the scope as it was.
func TestSessionScopes(t *testing.T) {
	c := check.New(noImports)
	require.NoError(t, checkIn(t, c, "let a = 1"))
	require.NoError(t, checkIn(t, c, `let a = "text"`))
	assert.Equal(t, types.Text, c.Lookup("a").Type)
	require.Error(t, checkIn(t, c, "let a = 1; let b = true + 1"))
	assert.Equal(t, types.Text, c.Lookup("a").Type, "a failed program declares nothing")
	assert.Nil(t, c.Lookup("b"))
	require.NoError(t, checkIn(t, c, "let a = 1.5"))
	c.Discard()
	assert.Equal(t, types.Text, c.Lookup("a").Type, "a discarded program declares nothing")

	require.NoError(t, checkIn(t, c, "type T = Nat; let x : T = 1; var y = 2"))
	vals, typs := c.Declared()
	names := map[string]types.BindingKind{}
	for _, b := range vals {
		names[b.Name] = b.Kind
	}
	assert.Equal(t, map[string]types.BindingKind{"x": types.LetBinding, "y": types.VarBinding}, names)
	require.Len(t, typs, 1)
	assert.Equal(t, "T", typs[0].Name)

	prog, err := parser.ParseFile("s.mo", "[a]")
	require.NoError(t, err)
	ty, err := c.Infer(prog)
	require.NoError(t, err)
	assert.Equal(t, "[Text]", types.String(ty))
}

// Warnings are moc's, in moc's words, and only for the user's own code.
func TestWarnings(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		unused bool
		want   []string
	}{
		{name: "switch misses a value", src: "switch (true) { case true () }",
			want: []string{"s.mo:1.1-1.31: warning [M0145], this switch of type\n  Bool\ndoes not cover value\n  false"}},
		{name: "refutable let", src: "let ?x = ?1;",
			want: []string{"s.mo:1.5-1.7: warning [M0145], this pattern of type\n  ?Nat\ndoes not cover value\n  null"}},
		{name: "refutable parameter", src: "func f((?x) : ?Nat) {};",
			want: []string{"s.mo:1.7-1.20: warning [M0145], this pattern of type\n  ?Nat\ndoes not cover value\n  null"}},
		{name: "missing tags", src: "func f(v : {#a; #b; #c; #d}) { switch v { case (#a) () } };",
			want: []string{"s.mo:1.32-1.57: warning [M0145], this switch of type\n  {#a; #b; #c; #d}\ndoes not cover value\n  #b or #c or #d"}},
		{name: "numbers", src: "func f(n : Int) { switch n { case 0 (); case 1 () } };",
			want: []string{"s.mo:1.19-1.52: warning [M0145], this switch of type\n  Int\ndoes not cover value\n  -1 or 2 or _"}},
		{name: "tuples", src: "func f(p : (Bool, Bool)) { switch p { case (true, _) () } };",
			want: []string{"s.mo:1.28-1.58: warning [M0145], this switch of type\n  (Bool, Bool)\ndoes not cover value\n  (false, _)"}},
		{name: "never matched", src: "func f(n : Nat) { switch n { case _ (); case 1 () } };",
			want: []string{"s.mo:1.46-1.47: warning [M0146], this pattern is never matched"}},
		{name: "exhaustive", src: "func f(o : ?Nat) : Nat { switch o { case null 0; case (?n) n } };"},
		{name: "field lost", src: "let r : {a : Nat} = {a = 1; b = 2};",
			want: []string{"s.mo:1.29-1.34: warning [M0215], field `b` is provided but not expected in record of type\n  {a : Nat}"}},
		{name: "unused names", unused: true, src: "let used = 1; let unused = used; let _quiet = 2; module M { public let exported = 3 };",
			want: []string{
				"s.mo:1.19-1.25: warning [M0194], unused identifier unused (delete or rename to wildcard `_` or `_unused`)",
				"s.mo:1.57-1.58: warning [M0194], unused identifier M (delete or rename to wildcard `_` or `_M`)",
			}},
		{name: "unused names are not looked for unless asked", src: "let unused = 1;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := check.New(noImports)
			c.WarnUnused = tt.unused
			require.NoError(t, checkIn(t, c, tt.src))
			var got []string
			for _, w := range c.Warnings() {
				got = append(got, w.Error())
			}
			assert.Equal(t, tt.want, got)
			assert.Empty(t, c.Warnings(), "warnings are handed out once")
		})
	}
}

// A library of plain declarations is a module of all of them, with a
// warning; a package's library gives no warnings.
func TestLibraryOfDeclarations(t *testing.T) {
	importer := func(path, from string) (*check.Source, error) {
		prog, err := parser.ParseFile(path+".mo", "let x = 1; func f() : Nat { x }; let r : {a : Nat} = {a = 1; b = 2};")
		if err != nil {
			return nil, err
		}
		return &check.Source{Path: path + ".mo", Program: prog, Library: path == "mo:pkg/lib"}, nil
	}
	c := check.New(importer)
	require.NoError(t, checkIn(t, c, `import L "lib"; let y : Nat = L.f() + L.x;`))
	var got []string
	for _, w := range c.Warnings() {
		got = append(got, w.Error())
	}
	assert.Equal(t, []string{
		"lib.mo:1.62-1.67: warning [M0215], field `b` is provided but not expected in record of type\n  {a : Nat}",
		"lib.mo:0.1: warning [M0142], deprecated syntax: an imported library should be a module or named actor class",
	}, got)
	require.NoError(t, checkIn(t, c, `import P "mo:pkg/lib"; let z = P.x;`))
	assert.Empty(t, c.Warnings())
}
