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
