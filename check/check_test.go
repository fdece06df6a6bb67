package check_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/bug"
	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/parser"
	"github.com/mori-lang/mori/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func noImports(path, from string) (*check.Source, error) {
	return nil, fmt.Errorf("no imports in this test: %s", path)
}

func checkSource(t *testing.T, src string) (*ast.Program, *types.Info, error) {
	t.Helper()
	prog, err := parser.ParseFile("t.mo", src)
	require.NoError(t, err)
	_, info, err := check.Check(prog, noImports)
	return prog, info, err
}

// lastLetValue returns the value expression of the program's last `let`.
func lastLetValue(prog *ast.Program) ast.Expr {
	for i := len(prog.Decs) - 1; i >= 0; i-- {
		if d, ok := prog.Decs[i].(*ast.LetDec); ok {
			return d.Value
		}
	}
	return nil
}

func TestExpressionTypes(t *testing.T) {
	tests := []struct {
		src  string
		want string // type of the last let's value
	}{
		{"let x = 1", "Nat"},
		{"let x = -1", "Int"},
		{"let x : Nat8 = 255", "Nat8"},
		{"let a : Nat8 = 1; let x = a + 1", "Nat8"},
		{"let x = [1, -1, 2]", "[Int]"},
		{"let x = ?null", "?Null"},
		{"let x = if true 1 else -1", "Int"},
		{"let x = {b = 1; a = \"x\"}", "{a : Text; b : Nat}"},
		{"let x = #tag(1, 2)", "{#tag : (Nat, Nat)}"},
		{"func id<T>(v : T) : T { v }; let x = id(3)", "Nat"},
		{"func f(n : Nat) : Int { n }; let x = f", "(n : Nat) -> Int"},
		{"let x = do ? { let o : ?Nat = null; o! + 1 }", "?Nat"},
		{"type List<T> = ?(T, List<T>); let x : List<Nat> = ?(1, null)", "List<Nat>"},
		{"let x = [var 1, 2].size()", "Nat"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			prog, info, err := checkSource(t, tt.src)
			require.NoError(t, err)
			v := lastLetValue(prog)
			require.NotNil(t, v)
			assert.Equal(t, tt.want, types.String(info.Types[v]))
		})
	}
}

// The evaluator picks arithmetic by Info.Operands: an expected Int makes
// Nat operands subtract as Ints (no underflow trap).
func TestOperandTypes(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{"let n : Nat = 1; let x : Int = n - 2", "Int"},
		{"let n : Nat = 1; let x = n - 2", "Nat"},
		{"let a : Nat16 = 1; let x = a << 3", "Nat16"},
		{"let x = 1 == 2", "Nat"},
		{"let x = \"a\" < \"b\"", "Text"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			prog, info, err := checkSource(t, tt.src)
			require.NoError(t, err)
			assert.Equal(t, tt.want, types.String(info.Operands[lastLetValue(prog)]))
		})
	}
}

func TestBindings(t *testing.T) {
	prog, info, err := checkSource(t, `
var counter = 0;
func bump() { counter += 1 };
let local = 5;
func pure(n : Nat) : Nat { n + 1 };
`)
	require.NoError(t, err)
	byName := map[string]*types.Binding{}
	for id, b := range info.Defs {
		byName[id.Name] = b
	}
	assert.Equal(t, types.VarBinding, byName["counter"].Kind)
	assert.True(t, byName["counter"].Captured, "a function refers to counter")
	assert.False(t, byName["local"].Captured)
	assert.False(t, byName["n"].Captured, "a parameter used in its own function")
	assert.Equal(t, types.FuncBinding, byName["bump"].Kind)
	for use, b := range info.Uses {
		assert.Equal(t, use.Name, b.Name)
	}
	require.Len(t, prog.Decs, 4)
}

func TestInferredInstances(t *testing.T) {
	prog, info, err := checkSource(t, `func pair<A, B>(a : A, b : B) : (A, B) { (a, b) }; let x = pair(1, "s")`)
	require.NoError(t, err)
	call := lastLetValue(prog).(*ast.CallExpr)
	inst := info.Instances[call]
	require.Len(t, inst, 2)
	assert.Equal(t, "Nat", types.String(inst[0]))
	assert.Equal(t, "Text", types.String(inst[1]))
}

func TestErrors(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{"let x : Nat8 = 256", "t.mo:1.16-1.19: type error [M0048], literal out of range for type Nat8"},
		{"actor { system func timer() : async () {} }", "t.mo:1.9-1.42: type error [M0127], system function timer is declared with type\n  () -> async ()\ninstead of expected type\n  (Nat64 -> ()) -> async ()"},
		{"actor class C() { system func heartbeat(n : Nat) : async () {} }", "t.mo:1.19-1.63: type error [M0127], system function heartbeat is declared with type\n  (n : Nat) -> async ()\ninstead of expected type\n  () -> async ()"},
		{"let x = y", "t.mo:1.9-1.10: type error [M0057], unbound variable y"},
		{"let total = 1; let x = totl", "t.mo:1.24-1.28: type error [M0057], unbound variable totl\nhelp: did you mean variable total?"},
		{"let x = 1; x := 2", "t.mo:1.12-1.18: type error [M0073], expected mutable assignment target"},
		{"let x = 1 + \"a\"", "t.mo:1.9-1.16: type error [M0060], operator is not defined for operand types\n  Nat\nand\n  Text"},
		{"break", "t.mo:1.1-1.6: type error [M0238], break outside of loop"},
		{"let x : Int = 1; let y : Nat = x", "t.mo:1.32-1.33: type error [M0096], expression of type\n  Int\ncannot produce expected type\n  Nat"},
		{"let x = debug_show (func () {})", "t.mo:1.9-1.32: type error [M0063], show is not defined for operand type\n  () -> ()"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			_, _, err := checkSource(t, tt.src)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

// The checker's scope persists across programs, as the REPL needs.
func TestPersistentScope(t *testing.T) {
	c := check.New(noImports)
	first, err := parser.ParseFile("1.mo", "let a = 1")
	require.NoError(t, err)
	_, err = c.CheckProgram(first)
	require.NoError(t, err)
	second, err := parser.ParseFile("2.mo", "let b = a + 1")
	require.NoError(t, err)
	_, err = c.CheckProgram(second)
	require.NoError(t, err)
	assert.Equal(t, "Nat", types.String(c.Info().Types[lastLetValue(second)]))
}

// Arguments of generic calls are inferred to find the type arguments and
// not checked again: nested generic calls must not take time exponential in
// their depth (at depth 60 that would never finish).
func TestNestedGenericCalls(t *testing.T) {
	src := "func id<T>(x : T) : T { x }; let x = " + strings.Repeat("id(", 60) + "1" + strings.Repeat(")", 60)
	prog, info, err := checkSource(t, src)
	require.NoError(t, err)
	assert.Equal(t, "Nat", types.String(info.Types[lastLetValue(prog)]))
}

// A panic inside the checker is a bug of mori, reported as such.
func TestCheckerBugIsAnInternalError(t *testing.T) {
	prog, err := parser.ParseFile("t.mo", `import M "m"; let x = 1;`)
	require.NoError(t, err)
	_, _, err = check.Check(prog, func(path, from string) (*check.Source, error) {
		var sources map[string]*check.Source
		sources[path] = nil // a bug: writes to a nil map
		return nil, nil
	})
	var internal *bug.Error
	require.ErrorAs(t, err, &internal)
	assert.Equal(t, "internal error at t.mo: assignment to entry in nil map", err.Error())
}
