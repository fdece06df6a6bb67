package value

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestConcatKeepsEarlierTextsIntact(t *testing.T) {
	long := Text(strings.Repeat("x", minTextBuf))
	a := Concat(long, Text("a"))
	b := Concat(a, Text("b")) // extends a's buffer in place
	c := Concat(a, Text("c")) // a no longer ends the buffer: copies
	d := Concat(b, Text("d"))
	prefix := strings.Repeat("x", minTextBuf)
	assert.Equal(t, prefix+"a", a.AsText())
	assert.Equal(t, prefix+"ab", b.AsText())
	assert.Equal(t, prefix+"ac", c.AsText())
	assert.Equal(t, prefix+"abd", d.AsText())
	assert.Equal(t, "xy", Concat(Text("x"), Text("y")).AsText())
}

func TestConcatInALoopIsLinear(t *testing.T) {
	s := Text("")
	for range 100_000 {
		s = Concat(s, Text("ab"))
	}
	assert.Len(t, s.AsText(), 200_000)
}
