package repl

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWants(t *testing.T) {
	tests := []struct {
		args []string
		want bool
	}{
		{args: []string{"repl"}, want: true},
		{args: []string{"-i"}, want: true},
		{args: []string{"-v", "-i", "f.mo"}, want: true},
		{args: []string{"run", "f.mo"}, want: false},
		{args: nil, want: false}, // stdin here is no terminal
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Wants(tt.args, strings.NewReader("")), "%q", tt.args)
	}
}

func TestMainArgs(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		in     string
		code   int
		stdout string
		stderr string
	}{
		{name: "session", args: []string{"-i"}, in: "1 + 1;\n", stdout: Banner + "\n> 2 : Nat\n> \n"},
		{name: "file with an error", args: []string{"repl", "testdata/none.mo"}, code: 2,
			stdout: Banner + "\n", stderr: "testdata/none.mo: cannot read file: no such file or directory\n"},
		{name: "stable page limit", args: []string{"-i", "--max-stable-pages", "10"},
			in:     "import R \"mo:base/Region\";\nlet r = R.new();\nR.grow(r, 11);\n",
			stdout: Banner + "\n> let R : module {...}\n> let r : Region = <region 16>\n> 18_446_744_073_709_551_615 : Nat64\n> \n"},
		{name: "bad flag", args: []string{"repl", "--fast"}, code: 2, stderr: "mori: unexpected argument \"--fast\"\n" + usage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := Main(tt.args, strings.NewReader(tt.in), &stdout, &stderr)
			assert.Equal(t, tt.code, code)
			assert.Equal(t, tt.stdout, stdout.String())
			assert.Equal(t, tt.stderr, stderr.String())
		})
	}
}
