package stdlib

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSourceFindsEveryModule(t *testing.T) {
	modules := map[string][]string{
		"base": {"Debug", "Nat", "Nat8", "Nat16", "Nat32", "Nat64", "Int", "Int8", "Int16", "Int32",
			"Int64", "Float", "Bool", "Char", "Text", "Blob", "Array", "Iter", "Option", "Result",
			"Order", "Region", "ExperimentalStableMemory", "Hash", "Prelude", "IterType", "Time", "Timer"},
		"core": {"Region", "Time", "Timer"},
	}
	for pkg, names := range modules {
		for _, name := range names {
			text, ok := Source(pkg, name)
			require.True(t, ok, "mo:%s/%s", pkg, name)
			assert.Contains(t, string(text), "module {", "mo:%s/%s", pkg, name)
		}
	}
}

func TestSourceRejectsUnknownModules(t *testing.T) {
	tests := []struct{ pkg, module string }{
		{"base", "HashMap"},
		{"core", "Nat"},
		{"base", "nat"},
		{"base", ""},
		{"base", "../core/Region"},
		{"base", "./Nat"},
		{"other", "Nat"},
		{"", "Nat"},
	}
	for _, tt := range tests {
		_, ok := Source(tt.pkg, tt.module)
		assert.False(t, ok, "mo:%s/%s", tt.pkg, tt.module)
	}
}

// PRIMS.md is the contract with the prim package, so it must name exactly the
// primitives that the modules use.
func TestPrimsDocumentMatchesModules(t *testing.T) {
	used := map[string]bool{}
	usage := regexp.MustCompile(`Prim\.([A-Za-z0-9_]+)`)
	for _, dir := range []string{"base", "core"} {
		paths, err := filepath.Glob(filepath.Join(dir, "*.mo"))
		require.NoError(t, err)
		for _, path := range paths {
			text, err := os.ReadFile(path)
			require.NoError(t, err)
			for _, m := range usage.FindAllStringSubmatch(string(text), -1) {
				used[m[1]] = true
			}
		}
	}
	doc, err := os.ReadFile("PRIMS.md")
	require.NoError(t, err)
	documented := map[string]bool{}
	entry := regexp.MustCompile("(?m)^- `([A-Za-z0-9_]+)")
	for _, m := range entry.FindAllStringSubmatch(string(doc), -1) {
		documented[m[1]] = true
	}
	assert.Equal(t, sortedKeys(used), sortedKeys(documented))
}

func TestEveryGoldenTestHasItsOutput(t *testing.T) {
	programs, err := filepath.Glob(filepath.Join("testdata", "*.mo"))
	require.NoError(t, err)
	require.NotEmpty(t, programs)
	for _, program := range programs {
		assert.FileExists(t, strings.TrimSuffix(program, ".mo")+".out")
	}
}

func sortedKeys(set map[string]bool) []string {
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
