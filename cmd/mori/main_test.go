package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

const (
	createReply = "ingress Completed: Reply: 0x4449444c016c01b3c4b1f204680100010a00000000000000000101\n"
	emptyReply  = "ingress Completed: Reply: 0x4449444c0000\n"
)

func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		path := filepath.Join(dir, name)
		assert.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		assert.NoError(t, os.WriteFile(path, []byte(src), 0o644))
		return path
	}
	hello := write("hello.mo", "import Debug \"mo:base/Debug\";\nDebug.print(\"hi\");\n")
	trap := write("trap.mo", "let a = [1];\nlet b = a[3];\n")
	usesPkg := write("pkg.mo", "import Greet \"mo:greet/Greet\";\nGreet.hello();\n")
	write("greetlib/Greet.mo", "import Debug \"mo:base/Debug\";\nmodule { public func hello() { Debug.print(\"hello from a package\") } }\n")
	deps := write("deps.mo", "import G \"greetlib/Greet\";\nimport Nat \"mo:base/Nat\";\nimport _ = \"ic:aaaaa-aa\";\n")
	fill := write("fill.mo", "type L = ?(Nat, L);\nvar l : L = null;\nloop { l := ?(0, l) };\n")
	counter := write("counter.mo", "actor {\n  stable var n = 0;\n  public func inc() : async Nat { n += 1; n };\n};\n//CALL ingress inc \"DIDL\\x00\\x00\"\n")
	state := filepath.Join(dir, "state")
	damaged := filepath.Join(dir, "damaged")
	write("damaged/state.db", "not a database")
	foreign := filepath.Join(dir, "greetlib")
	mopsApp := write("mopsproject/app/main.mo", "import Greet \"mo:greet\";\nGreet.hello();\n")
	write("mopsproject/mops.toml", "[dependencies]\ngreet = \"1.0.0\"\n")
	write("mopsproject/.mops/greet@1.0.0/src/lib.mo", "import Debug \"mo:base/Debug\";\nmodule { public func hello() { Debug.print(\"hello from mops\") } }\n")
	brokenMops := write("brokenmops/main.mo", "")
	write("brokenmops/mops.toml", "[dependencies]\ngone = \"2.0.0\"\n")
	grow := write("grow.mo", "import Region \"mo:base/Region\";\nimport Debug \"mo:base/Debug\";\nlet r = Region.new();\nDebug.print(debug_show Region.grow(r, 200));\n")

	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   string
		stderr   string
		contains bool // stderr need only contain the text
	}{
		{name: "run", args: []string{"run", hello}, stdout: "hi\n"},
		{name: "moc's -r", args: []string{"-r", hello}, stdout: "hi\n"},
		{name: "trap", args: []string{"run", trap}, code: 1, stderr: trap + ":2.9-2.13: execution error, Array index out of bounds\n"},
		{name: "package", args: []string{"run", "--package", "greet", filepath.Join(dir, "greetlib"), usesPkg}, stdout: "hello from a package\n"},
		{name: "package missing", args: []string{"run", usesPkg}, code: 2, stderr: `import error [M0009], package "greet" has no module "Greet"`, contains: true},
		{name: "mops project", args: []string{"run", mopsApp}, stdout: "hello from mops\n"},
		{name: "mops package not installed", args: []string{"run", brokenMops}, code: 2, stderr: "mori: mops.toml: package gone@2.0.0 is not installed in .mops (run `mops install`)\n"},
		{name: "stable page limit", args: []string{"run", "--max-stable-pages", "100", grow}, stdout: "18_446_744_073_709_551_615\n"},
		{name: "block ceiling", args: []string{"run", "--max-stable-pages", "1000000", "--max-stable-blocks", "1", grow}, stdout: "18_446_744_073_709_551_615\n"},
		{name: "heap budget", args: []string{"run", "--max-heap", "32MiB", fill}, code: 1, stderr: fill + ":3.1-3.22: execution error, RTS error: Cannot grow memory\n"},
		{name: "bad heap size", args: []string{"run", "--max-heap", "0", hello}, code: 2, stderr: `--max-heap: "0" is not a size`, contains: true},
		{name: "no heap size", args: []string{"run", "--max-heap"}, code: 2, stderr: "--max-heap needs a size", contains: true},
		{name: "no arguments", args: nil, code: 2, stderr: "usage:", contains: true},
		{name: "unknown command", args: []string{"build", hello}, code: 2, stderr: `mori: unknown command "build"`, contains: true},
		{name: "no file", args: []string{"run"}, code: 2, stderr: "mori: no file to run", contains: true},
		{name: "endless file", args: []string{"run", "/dev/zero"}, code: 2, stderr: "/dev/zero: file too large (mori reads source files of at most 8 MiB)\n"},
		{name: "missing file", args: []string{"run", filepath.Join(dir, "none.mo")}, code: 2, stderr: "cannot read file", contains: true},
		{name: "no stable pages", args: []string{"run", "--max-stable-pages", "0", grow}, code: 2, stderr: "mori: --max-stable-pages: must be at least 1\n", contains: true},
		{name: "no stable blocks", args: []string{"run", "--max-stable-blocks", "0", grow}, code: 2, stderr: "mori: --max-stable-blocks: must be at least 1\n", contains: true},
		{name: "bad page limit", args: []string{"run", "--max-stable-pages", "many", hello}, code: 2, stderr: `"many" is not a number`, contains: true},
		{name: "help", args: []string{"--help"}, stdout: usage},
		{name: "state", args: []string{"drun", "--state", state, counter},
			stdout: createReply + emptyReply + "ingress Completed: Reply: 0x4449444c00017d01\n"},
		{name: "state again", args: []string{"drun", "--state", state, counter},
			stdout: createReply + emptyReply + "ingress Completed: Reply: 0x4449444c00017d02\n"},
		{name: "state without a directory", args: []string{"drun", counter, "--state"}, code: 2, stderr: "mori: --state needs a directory", contains: true},
		{name: "damaged state", args: []string{"drun", "--state", damaged, counter}, code: 2,
			stderr: "state " + damaged + ": state.db is not a mori state or is damaged: invalid database\n"},
		{name: "foreign state directory", args: []string{"drun", "--state", foreign, counter}, code: 2,
			stderr: "state " + foreign + ": not a mori state directory: it holds Greet.mo and no state.db\n"},
		{name: "print deps", args: []string{"--print-deps", deps},
			stdout: "greetlib/Greet " + filepath.Join(dir, "greetlib/Greet.mo") + "\nmo:base/Nat\nic:aaaaa-aa\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			assert.Equal(t, tt.code, code)
			assert.Equal(t, tt.stdout, stdout.String())
			if tt.contains {
				assert.Contains(t, stderr.String(), tt.stderr)
			} else {
				assert.Equal(t, tt.stderr, stderr.String())
			}
		})
	}
}
