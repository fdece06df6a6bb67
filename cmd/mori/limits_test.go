package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/driver"
)

// limitCase is a program that once crashed mori, hung it or ate the
// machine (issue 9), generated at the size that did.
type limitCase struct {
	name   string
	src    string   // the program, written to p.mo
	args   []string // flags before the file
	status int
	// stderr is the start of what mori must print on stderr (after the file
	// name), stdout the start of its output.
	stderr, stdout string
	maxMiB         int64 // ceiling of the process's resident memory
	heavy          bool  // left out of go test -short
}

func repeat(n int, s string) string { return strings.Repeat(s, n) }

func numbered(n int, format string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, format, i, i+1)
	}
	return b.String()
}

const deeplyNested = "syntax error [M0001], program too deeply nested"

var limitCases = []limitCase{
	// Nesting beyond the parser's limit is a syntax error where it starts.
	{name: "300_000 nested do blocks", src: repeat(300_000, "do {") + repeat(300_000, "}"),
		status: 2, stderr: ":1.20001-1.20003: " + deeplyNested, maxMiB: 512},
	{name: "300_000 nested ifs", src: repeat(300_000, "if true {") + repeat(300_000, "}"),
		status: 2, stderr: ":1.45001-1.45003: " + deeplyNested, maxMiB: 512},
	{name: "300_000 nested loops", src: repeat(300_000, "loop {") + repeat(300_000, "}"),
		status: 2, stderr: ":1.30001-1.30005: " + deeplyNested, maxMiB: 512},
	{name: "300_000 field accesses", src: "let r = {a = 1}; let x = r" + repeat(300_000, ".a") + ";",
		status: 2, stderr: ":1.10021-1.10022: " + deeplyNested, maxMiB: 512},
	{name: "300_000 operands of and", src: "let x : Bool = true" + repeat(300_000, " and true") + ";",
		status: 2, stderr: ":1.44985-1.44988: " + deeplyNested, maxMiB: 512},
	{name: "1_000_000 operands of +", src: "let x = 1" + repeat(1_000_000, " + 1") + ";",
		status: 2, stderr: ":1.19995-1.19996: " + deeplyNested, maxMiB: 1024},
	{name: "300_000 calls in a chain", src: "type F = () -> F; func f() : F = f; let x = f" + repeat(300_000, "()") + ";",
		status: 2, stderr: ":1.10040-1.10041: " + deeplyNested, maxMiB: 512},
	{name: "300_000 annotations", src: "let x = 1" + repeat(300_000, " : Nat") + ";",
		status: 2, stderr: ":1.29981-1.29982: " + deeplyNested, maxMiB: 512},

	// Deep values print and compare without deep recursion.
	{name: "a list of 1_000_000 cells", src: `import Prim "mo:⛔";
type L = ?(Nat, L);
var l : L = null;
var m : L = null;
var i = 0;
while (i < 1_000_000) { l := ?(i, l); m := ?(i, m); i += 1 };
let s = debug_show l;
Prim.debugPrint(debug_show (s.size(), l == m));`, stdout: "(11_887_894, true)\n", maxMiB: 1024},
	{name: "50_000 nested options", src: `import Prim "mo:⛔";
type O = ?O;
var x : O = null;
var i = 0;
while (i < 50_000) { x := ?x; i += 1 };
Prim.debugPrint(debug_show (debug_show x).size());`, stdout: "150_002\n", maxMiB: 256},

	// Bounded suggestions, rejected expansive types, linear checking.
	{name: "two 30_000-character names", src: "let " + repeat(30_000, "a") + " = 1;\nlet y = " + repeat(30_000, "b") + ";",
		status: 2, stderr: ":2.9-2.30009: type error [M0057], unbound variable bbb", maxMiB: 128},
	{name: "a 1_000_000-character field", src: "import Prim \"mo:⛔\";\nlet y = Prim." + repeat(1_000_000, "q") + ";",
		status: 2, stderr: ":2.14-2.1000014: type error [M0072], field qqq", maxMiB: 256},
	{name: "two expansive types related", src: "type T<A> = ?(A, T<(A, A)>);\ntype U<A> = ?(A, U<(A, A)>);\nfunc f(x : T<Nat>) : U<Nat> = x;",
		status: 2, stderr: ":1.1-3.33: type error [M0156], block contains expansive type definitions", maxMiB: 128},
	{name: "an unannotated sum of 4_000 operands", src: "let x = 1" + repeat(4_000, " + 1") + ";\nassert x == 4_001;", maxMiB: 256},
	{name: "8_000 type aliases", src: numbered(8_000, "type T%d = T%d;\n") + "type T8000 = Nat;\nlet x : T0 = 1;", maxMiB: 256},

	// The heap budget, Text's size, huge numbers, huge inputs.
	{name: "a text doubled 40 times", args: []string{"--max-heap", "256MiB"}, src: `var t = "ab";
var i = 0;
while (i < 40) { t := t # t; i += 1 };`, status: 1, stderr: ":3.23-3.28: execution error, RTS error: Cannot grow memory", maxMiB: 768},
	{name: "a text beyond 2^30 - 1 bytes", src: `var t = "ab";
var i = 0;
while (i < 40) { t := t # t; i += 1 };`, status: 1, stderr: ":3.23-3.28: execution error, RTS error: text_concat: Text too large", maxMiB: 3072, heavy: true},
	{name: "a power with 36 Gbit", src: "let x = (-362 : Int) ** 4_294_967_295;",
		status: 1, stderr: ":1.9-1.38: execution error, RTS error: Cannot grow memory", maxMiB: 128},
	{name: "a power beyond the budget", args: []string{"--max-heap", "256MiB"}, src: "let x = 3 ** 4_000_000_000;",
		status: 1, stderr: ":1.9-1.27: execution error, RTS error: Cannot grow memory", maxMiB: 384},
	{name: "an array of 70_000_000 bytes", src: `import Prim "mo:⛔";
let a = Prim.Array_init<Nat8>(70_000_000, 7);
Prim.debugPrint(debug_show (a.size(), a[69_999_999]));`, stdout: "(70_000_000, 7)\n", maxMiB: 3072, heavy: true},
	{name: "an endless source", src: "", args: []string{"/dev/zero"},
		status: 2, stderr: "/dev/zero: file too large (mori reads source files of at most 8 MiB)", maxMiB: 128},
}

// TestLimits runs each case as `mori run` in a process of its own and
// checks its exit status, what it printed and its peak memory. Results
// that must match moc's are golden tests (testdata/run: case mapping,
// floatToFormattedText, ** with huge exponents).
func TestLimits(t *testing.T) {
	for _, tc := range limitCases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.heavy && testing.Short() {
				t.Skip("uses gigabytes")
			}
			file := filepath.Join(t.TempDir(), "p.mo")
			require.NoError(t, os.WriteFile(file, []byte(tc.src), 0o644))
			args := append([]string{"run"}, tc.args...)
			if len(tc.args) == 0 || tc.args[len(tc.args)-1] != "/dev/zero" {
				args = append(args, file)
			}
			cmd := exec.Command(os.Args[0], args...)
			cmd.Env = append(os.Environ(), "MORI_TEST_AS_MORI=1")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			if _, exited := err.(*exec.ExitError); err != nil && !exited {
				require.NoError(t, err)
			}
			assert.Equal(t, tc.status, cmd.ProcessState.ExitCode(), "stderr: %.300s", stderr.String())
			assert.True(t, strings.HasPrefix(strings.TrimPrefix(stderr.String(), file), tc.stderr), "stderr: %.300s", stderr.String())
			assert.True(t, strings.HasPrefix(stdout.String(), tc.stdout), "stdout: %.300s", stdout.String())
			maxRSS := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss // KiB
			assert.Less(t, maxRSS>>10, tc.maxMiB, "peak memory in MiB")
			t.Logf("peak memory %d MiB", maxRSS>>10)
		})
	}
}

// BenchmarkGrowth runs programs of size n and 4n through `mori run`'s
// path in process: the cost of each should grow about four times, not
// sixteen. Compare the two lines of each program.
func BenchmarkGrowth(b *testing.B) {
	programs := []struct {
		name string
		src  func(n int) string
	}{
		{"unannotated sum", func(n int) string { return "let x = 1" + repeat(n, " + 1") + ";" }},
		{"type aliases", func(n int) string {
			return numbered(n, "type T%d = T%d;\n") + fmt.Sprintf("type T%d = Nat;\nlet x : T0 = 1;", n)
		}},
		{"nested options shown", func(n int) string {
			return fmt.Sprintf("type O = ?O;\nvar x : O = null;\nvar i = 0;\nwhile (i < %d) { x := ?x; i += 1 };\nignore debug_show x;", n)
		}},
		{"list shown and compared", func(n int) string {
			return fmt.Sprintf("type L = ?(Nat, L);\nvar l : L = null;\nvar i = 0;\nwhile (i < %d) { l := ?(i, l); i += 1 };\nignore debug_show l;\nassert l == l;", n)
		}},
		{"long names misspelt", func(n int) string {
			return "let " + repeat(n, "ab") + " = 1;\nlet y = " + repeat(n, "ba") + "c;"
		}},
	}
	for _, p := range programs {
		for _, n := range []int{1000, 4000} {
			dir := b.TempDir()
			require.NoError(b, os.WriteFile(filepath.Join(dir, "p.mo"), []byte(p.src(n)), 0o644))
			b.Run(fmt.Sprintf("%s/n=%d", p.name, n), func(b *testing.B) {
				for b.Loop() {
					driver.Run("p.mo", driver.Options{Loader: driver.Loader{Dir: dir}, Stdout: io.Discard, Stderr: io.Discard})
				}
			})
		}
	}
}
