package golden

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSources(t *testing.T) {
	srcs, err := Sources("../..")
	require.NoError(t, err)
	assert.Greater(t, len(srcs), 500, "every folder is found")
	files, err := Files("../..")
	require.NoError(t, err)
	assert.NotContains(t, files, "../../testdata/run/lib/Shapes.mo", "helper modules are no tests")
	assert.Contains(t, files, "../../examples/hello.mo")
}
