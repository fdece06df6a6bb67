package stable

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/parser"
	"github.com/mori-lang/mori/types"
	"github.com/stretchr/testify/require"
)

// motokoTypes checks the type definitions defs followed by one type written
// in Motoko syntax per src, and returns those types.
func motokoTypes(t testing.TB, defs string, srcs ...string) []types.Type {
	t.Helper()
	var b strings.Builder
	b.WriteString(defs + "\n")
	for i, s := range srcs {
		fmt.Fprintf(&b, "let probe%d : ?(%s) = null;\n", i, s)
	}
	prog, err := parser.ParseFile("t.mo", b.String())
	require.NoError(t, err)
	_, info, err := check.Check(prog, func(path, from string) (*check.Source, error) {
		return nil, fmt.Errorf("no imports here: %s", path)
	})
	require.NoError(t, err, b.String())
	out := make([]types.Type, len(srcs))
	for id, binding := range info.Defs {
		var i int
		if _, err := fmt.Sscanf(id.Name, "probe%d", &i); err == nil {
			out[i] = binding.Type.(*types.Opt).Elem
		}
	}
	return out
}

var varLine = regexp.MustCompile(`^(in )?(var )?(\w+) : (.*)$`)

// signatures reads stable variables, one a line (`[in ][var ]NAME : TYPE`;
// `in` marks a migration input), into the variables and the inputs.
func signatures(t testing.TB, defs string, lines []string) (vars, inputs Signature) {
	t.Helper()
	var srcs []string
	var ms [][]string
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		m := varLine.FindStringSubmatch(l)
		require.NotNil(t, m, "bad variable line %q", l)
		ms = append(ms, m)
		srcs = append(srcs, m[4])
	}
	ts := motokoTypes(t, defs, srcs...)
	for i, m := range ms {
		v := Var{Name: m[3], Type: ts[i], Mut: m[2] != ""}
		if m[1] != "" {
			inputs = append(inputs, v)
		} else {
			vars = append(vars, v)
		}
	}
	sortByName(vars)
	sortByName(inputs)
	return vars, inputs
}

// sig is a signature of `[var ]NAME : TYPE` lines.
func sig(t testing.TB, defs string, lines ...string) Signature {
	t.Helper()
	vars, _ := signatures(t, defs, lines)
	return vars
}
