package stable

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var sectionHead = regexp.MustCompile(`(?m)^-- (\w+) --\n`)

// sections splits a case file into its `-- NAME --` sections.
func sections(text string) map[string]string {
	out := map[string]string{}
	heads := sectionHead.FindAllStringSubmatchIndex(text, -1)
	for i, h := range heads {
		end := len(text)
		if i+1 < len(heads) {
			end = heads[i+1][0]
		}
		out[text[h[2]:h[3]]] = strings.TrimRight(text[h[1]:end], "\n")
	}
	return out
}

// Each testdata/explain case holds two signatures and what moc's own
// upgrade check (`moc --stable-compatible`, via the oracle; see
// testdata/explain.js) says about them.
func TestExplainMatchesMoc(t *testing.T) {
	files, err := filepath.Glob("testdata/explain/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			text, err := os.ReadFile(file)
			require.NoError(t, err)
			s := sections(string(text))
			old, _ := signatures(t, s["defs"], strings.Split(s["old"], "\n"))
			new, inputs := signatures(t, s["defs"], strings.Split(s["new"], "\n"))
			var m *Migration
			if inputs != nil {
				m = &Migration{Inputs: inputs}
			}
			assert.Equal(t, s["moc"], Explain(old, new, m))
		})
	}
}
