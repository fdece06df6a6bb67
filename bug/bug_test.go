package bug

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRecovered(t *testing.T) {
	catch := func(f func()) (e *Error) {
		defer func() { e = Recovered(recover(), "a.mo:1.1-1.2") }()
		f()
		return nil
	}
	e := catch(func() {
		var m map[string]int
		m["x"] = 1
	})
	assert.Equal(t, "internal error at a.mo:1.1-1.2: assignment to entry in nil map", e.Error())
	assert.Contains(t, string(e.Stack), "bug_test.go", "the stack shows where it happened")

	inner := New("", "no type for %s", "x")
	e = catch(func() { panic(inner) })
	assert.Same(t, inner, e, "an Error is passed on as it is")
	assert.Equal(t, "internal error: no type for x", e.Error())
	assert.True(t, errors.As(error(e), &inner))
}
