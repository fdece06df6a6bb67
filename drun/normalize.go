package drun

import (
	"bytes"
	"io"
	"regexp"
	"sync"
)

// ignoreDiff matches what moc's test runner blanks out of a line: a print
// saying `Ignore Diff:` marks output that differs between runs. It is
// compiled when first needed, not at every start of mori.
var ignoreDiff = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)Ignore Diff:.*`) })

// NormalizingWriter passes the transcript on line by line with the
// `Ignore Diff:` convention of moc's test runner applied, so that mori's
// output compares with drun's expected outputs as they are stored.
type NormalizingWriter struct {
	W       io.Writer
	pending []byte
}

func (n *NormalizingWriter) Write(p []byte) (int, error) {
	n.pending = append(n.pending, p...)
	for {
		i := bytes.IndexByte(n.pending, '\n')
		if i < 0 {
			return len(p), nil
		}
		line := ignoreDiff().ReplaceAll(n.pending[:i+1], []byte("Ignore Diff: (ignored)"))
		if _, err := n.W.Write(line); err != nil {
			return 0, err
		}
		n.pending = n.pending[i+1:]
	}
}

// Flush writes a last line that has no newline.
func (n *NormalizingWriter) Flush() error {
	if len(n.pending) == 0 {
		return nil
	}
	_, err := n.W.Write(ignoreDiff().ReplaceAll(n.pending, []byte("Ignore Diff: (ignored)")))
	n.pending = nil
	return err
}
