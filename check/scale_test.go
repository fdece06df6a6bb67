package check_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/parser"
)

// scaling are programs whose size grows with n, for benchmarks that
// compare the cost of checking at n and 4n: about four times as much is
// linear.
var scaling = []struct {
	name string
	src  func(n int) string
}{
	{"unannotated sum", func(n int) string { return "let x = 1" + strings.Repeat(" + 1", n) }},
	{"unannotated text", func(n int) string { return `let x = "a"` + strings.Repeat(` # "a"`, n) }},
	{"annotated sum", func(n int) string { return "let x : Nat = 1" + strings.Repeat(" + 1", n) }},
	{"nested ifs", func(n int) string {
		return "let x = " + strings.Repeat("if true 1 else ", n) + "2"
	}},
	{"alias chain", func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "type T%d = T%d;\n", i, i+1)
		}
		fmt.Fprintf(&b, "type T%d = Nat;\nlet x : T0 = 1;", n)
		return b.String()
	}},
	{"alias chain backwards", func(n int) string {
		var b strings.Builder
		b.WriteString("type T0 = Nat;\n")
		for i := range n {
			fmt.Fprintf(&b, "type T%d = T%d;\n", i+1, i)
		}
		fmt.Fprintf(&b, "let x : T%d = 1;", n)
		return b.String()
	}},
}

func BenchmarkCheckScaling(b *testing.B) {
	for _, s := range scaling {
		for _, n := range []int{1000, 4000} {
			prog, err := parser.ParseFile("s.mo", s.src(n))
			require.NoError(b, err)
			b.Run(fmt.Sprintf("%s/n=%d", s.name, n), func(b *testing.B) {
				for b.Loop() {
					_, _, err := check.Check(prog, noImports)
					require.NoError(b, err)
				}
			})
		}
	}
}
