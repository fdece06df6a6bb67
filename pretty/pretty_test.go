package pretty

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// list lays out `[item, item, ...]` in a box of the given kind, as moc's
// REPL does arrays (a Box of indent 1).
func list(p *Printer, kind Kind, items []string) {
	p.Open(kind, 1)
	p.Text("[")
	for i, it := range items {
		if i > 0 {
			p.Text(",")
			p.Space()
		}
		p.Text(it)
	}
	p.Text("]")
	p.Close()
}

func TestLayout(t *testing.T) {
	words := func(n int, w string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = w
		}
		return out
	}
	tests := []struct {
		name  string
		print func(p *Printer)
		want  string
	}{
		{name: "fits on a line", print: func(p *Printer) { list(p, HVBox, words(3, "ab")) }, want: "[ab, ab, ab]\n"},
		{name: "hv box breaks at every hint", print: func(p *Printer) { list(p, HVBox, words(9, "abcdefghi")) },
			want: "[abcdefghi,\n abcdefghi,\n abcdefghi,\n abcdefghi,\n abcdefghi,\n abcdefghi,\n abcdefghi,\n abcdefghi,\n abcdefghi]\n"},
		{name: "box fills lines", print: func(p *Printer) { list(p, Box, words(9, "abcdefghi")) },
			want: "[abcdefghi, abcdefghi, abcdefghi, abcdefghi, abcdefghi, abcdefghi, abcdefghi,\n abcdefghi, abcdefghi]\n"},
		{name: "vertical box", print: func(p *Printer) { list(p, VBox, words(2, "a")) }, want: "[a,\n a]\n"},
		{name: "horizontal box never breaks", print: func(p *Printer) { list(p, HBox, words(9, "abcdefghi")) },
			want: "[" + strings.Repeat("abcdefghi, ", 8) + "abcdefghi]\n"},
		{name: "a break's offset", print: func(p *Printer) {
			p.Open(HVBox, 2)
			p.Text("{")
			p.Break(0, 0)
			p.Text(strings.Repeat("x", 80))
			p.Break(0, -2)
			p.Text("}")
			p.Close()
		}, want: "{\n  " + strings.Repeat("x", 80) + "\n}\n"},
		{name: "flush resets", print: func(p *Printer) {
			list(p, Box, words(1, "a"))
			p.Flush()
			p.Text("b")
		}, want: "[a]\nb\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := New()
			tt.print(p)
			p.Flush()
			assert.Equal(t, tt.want, p.String())
		})
	}
}
