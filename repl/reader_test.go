package repl

import (
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mori-lang/mori/interp"
)

func TestEntryEnd(t *testing.T) {
	tests := []struct {
		src      string
		end      int
		complete bool
	}{
		{src: "let x = 1;\n", end: 10, complete: true},
		{src: "let x = 1;\r\n", end: 10, complete: true},
		{src: "let x = 1; \n", complete: false},                 // a space after `;`
		{src: "let x = 1; // more\n", complete: false},          // a comment after `;`
		{src: "f(1;\n", complete: false},                        // inside brackets
		{src: "{ let a = 1;\n a };\n", end: 18, complete: true}, // the block's `;` is not the end
		{src: "\"a;\n", complete: false},                        // inside text
		{src: "/* x;\n", complete: false},                       // inside a comment
		{src: "let y = 2; let z = 3;\n", end: 21, complete: true},
		{src: "let w = 1;\n@;\n", end: 10, complete: true}, // a bad token later
	}
	for _, tt := range tests {
		end, complete := entryEnd(tt.src)
		assert.Equal(t, tt.complete, complete, tt.src)
		if tt.complete {
			assert.Equal(t, tt.end, end, tt.src)
		}
	}
}

// lines is a LineSource of fixed lines, then an end or an interrupt.
type lines struct {
	text    []string
	prompts []string
}

func (l *lines) ReadLine(prompt string) (string, error) {
	l.prompts = append(l.prompts, prompt)
	if len(l.text) == 0 {
		return "", io.EOF
	}
	line := l.text[0]
	l.text = l.text[1:]
	if line == "^C" {
		return "", ErrInterrupt
	}
	return line, nil
}

func TestReader(t *testing.T) {
	src := &lines{text: []string{"", "let a =", "^C", "let b = 1;", ":type b", "let c = ", ")", "d;"}}
	r := &reader{src: src}
	e, err := r.read()
	assert.NoError(t, err)
	assert.NotNil(t, e.prog, "an interrupted entry is dropped and the next one read")
	assert.Equal(t, 1, len(e.prog.Decs))
	assert.Equal(t, []string{"> ", "  ", "  ", "> "}, src.prompts)
	assert.Equal(t, 1, r.line)

	e, _ = r.read()
	assert.Equal(t, ":type b", e.command)

	e, _ = r.read()
	assert.EqualError(t, e.err, "stdin:4.1-4.2: syntax error [M0001], unexpected token ')', expected <exp>")
	assert.Equal(t, 0, r.line, "numbering starts again after a syntax error")

	e, _ = r.read()
	assert.Equal(t, "stdin:1.1-1.2", e.prog.Decs[0].Where().String())

	_, err = r.read()
	assert.Equal(t, io.EOF, err)
}

func TestTrapText(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{&interp.Error{Message: "Array index out of bounds"}, "execution error, Array index out of bounds"},
		{&interp.Error{Primitive: "natToNat8", Message: "losing precision"}, "prim:natToNat8: execution error, value out of bounds"},
		{&interp.Error{Primitive: "trap", Message: "boom"}, "prim:trap: execution error, explicit trap: boom"},
		{&interp.Error{Primitive: "charToText", Message: "codepoint out of range"}, "prim:charToText: execution error, character value out of bounds"},
		{errors.New("other"), "other"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, trapText(tt.err))
	}
}
