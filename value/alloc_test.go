package value

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Objects and tuples of every size get exactly their elements, each a
// distinct, zeroed location.
func TestNewObjectAndTupleSizes(t *testing.T) {
	for n := 0; n <= 10; n++ {
		names := make([]string, n)
		for i := range names {
			names[i] = string(rune('a' + i))
		}
		o := NewObject(LayoutOf(names))
		assert.Len(t, o.Fields, n)
		assert.Equal(t, n, cap(o.Fields), "no room shared with another object")
		for i := range o.Fields {
			assert.Equal(t, Value{}, o.Fields[i])
			o.Fields[i] = Word(uint64(i))
		}
		for i, name := range names {
			v, ok := o.Field(name)
			assert.True(t, ok)
			assert.Equal(t, Word(uint64(i)), v)
		}
		if n >= 2 {
			tup := NewTuple(n)
			assert.Len(t, tup.Elems, n)
			assert.Equal(t, n, cap(tup.Elems))
		}
	}
}
