package parser

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkParseCore parses every module of the real motoko-core in
// $MORI_REAL_PACKAGES (the folder shared/oracle/real-packages writes) that
// mori parses.
func BenchmarkParseCore(b *testing.B) {
	real := os.Getenv("MORI_REAL_PACKAGES")
	if real == "" {
		b.Skip("MORI_REAL_PACKAGES is not set")
	}
	files, err := filepath.Glob(filepath.Join(real, "core", "*.mo"))
	require.NoError(b, err)
	var srcs []string
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(b, err)
		if _, err := ParseFile(f, string(src)); err == nil {
			srcs = append(srcs, string(src))
			size += len(src)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, src := range srcs {
			if _, err := ParseFile("core.mo", src); err != nil {
				b.Fatal(err)
			}
		}
	}
}
