package value

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/types"
)

// concat is Concat in a test that expects no fault.
func concat(t *testing.T, a, b Value) Value {
	t.Helper()
	r, f := Concat(a, b)
	require.Equal(t, Ok, f)
	return r
}

func TestConcatKeepsEarlierTextsIntact(t *testing.T) {
	long := Text(strings.Repeat("x", minTextBuf))
	a := concat(t, long, Text("a"))
	b := concat(t, a, Text("b")) // extends a's buffer in place
	c := concat(t, a, Text("c")) // a no longer ends the buffer: copies
	d := concat(t, b, Text("d"))
	prefix := strings.Repeat("x", minTextBuf)
	assert.Equal(t, prefix+"a", a.AsText())
	assert.Equal(t, prefix+"ab", b.AsText())
	assert.Equal(t, prefix+"ac", c.AsText())
	assert.Equal(t, prefix+"abd", d.AsText())
	assert.Equal(t, "xy", concat(t, Text("x"), Text("y")).AsText())
}

func TestConcatInALoopIsLinear(t *testing.T) {
	s := Text("")
	for range 100_000 {
		s = concat(t, s, Text("ab"))
	}
	assert.Len(t, s.AsText(), 200_000)
}

// lowerMaxText makes texts longer than n bytes too large, for the test.
func lowerMaxText(t *testing.T, n int) {
	saved := maxText
	maxText = n
	t.Cleanup(func() { maxText = saved })
}

func TestConcatStopsAtMaxText(t *testing.T) {
	lowerMaxText(t, 1000)
	s := Text(strings.Repeat("x", 100))
	for range 9 {
		s = concat(t, s, Text(strings.Repeat("y", 100)))
	}
	_, f := Concat(s, Text("z"))
	assert.Equal(t, TextTooLarge, f, "1001 bytes from a growing buffer")
	_, f = Concat(Text(strings.Repeat("a", 600)), Text(strings.Repeat("b", 401)))
	assert.Equal(t, TextTooLarge, f, "1001 bytes from two texts")
	assert.Equal(t, "RTS error: text_concat: Text too large", f.String())
}

func TestDebugShowStopsAtMaxText(t *testing.T) {
	lowerMaxText(t, 1000)
	elems := make([]Value, 300)
	for i := range elems {
		elems[i] = Int(1000)
	}
	arrayType := &types.Array{Elem: types.Nat}
	_, f := DebugShow(MakeArray(elems[:100]), arrayType)
	assert.Equal(t, Ok, f, "100 numbers take 798 bytes")
	_, f = DebugShow(MakeArray(elems), arrayType)
	assert.Equal(t, TextTooLarge, f)
}
