package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/check"
)

func TestSourceSizeLimit(t *testing.T) {
	dir := t.TempDir()
	// A comment filling the file to n bytes.
	write := func(name string, n int) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte("//"+strings.Repeat(" ", n-2)), 0o644))
	}
	write("largest.mo", MaxSourceSize)
	write("too_large.mo", MaxSourceSize+1)
	write("lib/too_large.mo", MaxSourceSize+1)
	loader := &Loader{Dir: dir}

	_, err := loader.ParseMain("largest.mo")
	assert.NoError(t, err)
	_, err = loader.ParseMain("too_large.mo")
	assert.EqualError(t, err, "too_large.mo: file too large (mori reads source files of at most 8 MiB)")
	_, err = loader.Import("lib/too_large", "main.mo")
	assert.EqualError(t, err, "lib/too_large.mo: file too large (mori reads source files of at most 8 MiB)")
	var notFound *check.NotFoundError
	assert.NotErrorAs(t, err, &notFound, "the file is there")
}

func TestReadSourceReturnsTextAndDigest(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 4096, 100_000} {
		text := strings.Repeat("let x = 1;\n", size/11+1)[:size]
		file := filepath.Join(dir, "f.mo")
		require.NoError(t, os.WriteFile(file, []byte(text), 0o644))
		src, sum, err := readSource(file)
		require.NoError(t, err)
		assert.Equal(t, text, src, "size %d", size)
		assert.Equal(t, digest([]byte(text)), sum)
	}
	_, _, err := readSource(filepath.Join(dir, "missing.mo"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}
