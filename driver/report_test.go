package driver

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mori-lang/mori/bug"
)

func TestReport(t *testing.T) {
	var out bytes.Buffer
	assert.Equal(t, ExitTrap, report(&out, errors.New("a.mo:1.1-1.2: execution error, boom"), ExitTrap))
	assert.Equal(t, "a.mo:1.1-1.2: execution error, boom\n", out.String())

	t.Setenv("GOTRACEBACK", "")
	out.Reset()
	assert.Equal(t, ExitInternal, report(&out, bug.New("a.mo:1.1-1.2", "no type"), ExitError))
	assert.Equal(t, "mori: internal error at a.mo:1.1-1.2: no type (a bug in mori: please report it with the program that caused it)\n", out.String())

	t.Setenv("GOTRACEBACK", "all")
	out.Reset()
	report(&out, bug.New("", "no type"), ExitError)
	assert.Contains(t, out.String(), "report_test.go", "the stack, when asked for")
}
