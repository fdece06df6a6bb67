// Package bug is how mori reports a failure of its own, as opposed to an
// error in the program it runs: a panic that no part of mori expected
// becomes an *Error, which the command line prints on one line asking for
// a bug report, with an exit status of its own.
package bug

import (
	"errors"
	"fmt"
	"runtime/debug"
)

// Error is a bug of mori.
type Error struct {
	// Where is the source position mori was working on, when known.
	Where string
	Msg   string
	// Stack is where in mori it happened, for whoever fixes it.
	Stack []byte
}

func (e *Error) Error() string {
	where := ""
	if e.Where != "" {
		where = " at " + e.Where
	}
	return fmt.Sprintf("internal error%s: %s", where, e.Msg)
}

// New reports a broken invariant found at where (empty when unknown).
func New(where, format string, args ...any) *Error {
	return &Error{Where: where, Msg: fmt.Sprintf(format, args...), Stack: debug.Stack()}
}

// Recovered turns a value recovered from a panic into an Error; call it in
// the deferred function that recovered, so that the stack is the panic's.
func Recovered(r any, where string) *Error {
	var e *Error
	if err, ok := r.(error); ok && errors.As(err, &e) {
		return e
	}
	return &Error{Where: where, Msg: fmt.Sprint(r), Stack: debug.Stack()}
}
