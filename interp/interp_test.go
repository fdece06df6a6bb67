package interp_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/driver"
	"github.com/mori-lang/mori/interp"
)

// compile parses and checks main.mo (and the other files given, for
// relative imports) in a fresh folder and compiles them.
func compile(t testing.TB, files map[string]string, cfg interp.Config) *interp.Program {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	loader := driver.Loader{Dir: dir}
	prog, err := loader.ParseMain("main.mo")
	require.NoError(t, err)
	mods, info, err := check.Check(prog, loader.Import)
	require.NoError(t, err)
	p, err := interp.Compile(mods, info, cfg)
	require.NoError(t, err)
	return p
}

// run runs main.mo and returns what it printed and its trap, if any.
func run(t testing.TB, src string) (string, error) {
	t.Helper()
	var out strings.Builder
	err := compile(t, map[string]string{"main.mo": src}, interp.Config{Stdout: &out}).Run()
	return out.String(), err
}

const prelude = "import Prim \"mo:⛔\";\nfunc print(t : Text) { Prim.debugPrint(t) };\n"

// The expected outputs and trap positions are moc's (compiled mode for the
// output, `moc -r` for positions).
func TestPrograms(t *testing.T) {
	tests := []struct {
		name string
		src  string // after the prelude, which ends on line 2
		want string
		trap string
	}{
		{
			name: "arithmetic by type",
			src: `let a : Nat8 = 250; let b : Int = -7;
print(debug_show (a +% 10, b / 2, b % 2, 2 ** 70, (7 : Int8) ** 2, 0xF0 >> (4 : Nat16)));`,
			want: "(4, -3, -1, 1_180_591_620_717_411_303_424, +49, 15)\n",
		},
		{
			name: "nat8 overflow at the operator",
			src:  "var x : Nat8 = 255;\nx += 1;",
			trap: "main.mo:4.1-4.7: execution error, arithmetic overflow",
		},
		{
			name: "nat subtraction underflow",
			src:  "let n = 3;\nlet m : Nat = n - 5;",
			trap: "main.mo:4.15-4.20: execution error, Natural subtraction underflow",
		},
		{
			name: "index out of bounds",
			src:  "let a = [var 1];\na[1] := 2;",
			trap: "main.mo:4.1-4.5: execution error, Array index out of bounds",
		},
		{
			name: "indexed assignment checks bounds before the value",
			src:  "let a = [var 1];\na[1] := (do { print(\"value\"); 2 });",
			trap: "main.mo:4.1-4.5: execution error, Array index out of bounds",
		},
		{
			name: "op= reads the old element and field before the value",
			src: `let a = [var 1]; let r = { var f = 1 }; var v = 1;
a[0] += (do { a[0] := 100; 1 }); r.f += (do { r.f := 100; 1 }); v += (do { v := 100; 1 });
print(debug_show (a, r.f, v));`,
			want: "([var 2], 2, 2)\n",
		},
		{
			name: "record fields run in source order",
			src: `var n = 0; func next() : Nat { n += 1; n };
print(debug_show { b = next(); a = next(); var c = next() });`,
			want: "{a = 2; b = 1; c = 3}\n",
		},
		{
			name: "switch on a tuple written out matches its elements",
			src: `func order(a : ?Nat, b : ?Nat) : Text {
  switch (a, b) {
    case (null, null) "none";
    case (?x, null) "left " # debug_show x;
    case ((?x : ?Nat), ?y) { if (x < y) "less" else "not less" };
    case _ "right only";
  }
};
print(order(null, null) # " " # order(?1, null) # " " # order(?1, ?2) # " " # order(null, ?3));
var log = "";
func note(s : Text, v : Nat) : Nat { log #= s; v };
let fs = Prim.Array_init<() -> Nat>(3, func() = 0);
var i = 0;
while (i < 3) {
  switch (note("a", i), note("b", i * 10)) {
    case (0, y) { fs[i] := func() = y };
    case (x, y) { fs[i] := func() = x + y };
  };
  i += 1;
};
print(log # " " # debug_show (fs[0](), fs[1](), fs[2]()));
switch (1, "x") { case (2, _) {}; case (_, "y") {} };`,
			want: "none left 1 less right only\nababab (0, 11, 22)\n",
			trap: "main.mo:24.35-24.51: execution error, pattern failed",
		},
		{
			name: "assert names its span",
			src:  "assert (1 == 2);",
			trap: "main.mo:3.1-3.16: execution error, assertion failed at main.mo:3.1-3.16",
		},
		{
			name: "let pattern failure",
			src:  "let o : ?Nat = null;\nlet ?x = o;",
			trap: "main.mo:4.5-4.7: execution error, pattern failed",
		},
		{
			name: "switch without a match reports the last case",
			src:  "func f(n : Nat) : Text { switch n { case 1 \"one\"; case 2 \"two\" } };\nprint(f(1)); print(f(3));",
			want: "one\n",
			trap: "main.mo:3.51-3.63: execution error, pattern failed",
		},
		{
			name: "primitive trap at the user's call",
			src:  "print(\"a\");\nlet x = Prim.natToNat8(256);",
			want: "a\n",
			trap: "main.mo:4.9-4.28: execution error, losing precision",
		},
		{
			name: "closures capture a fresh binding per iteration",
			src: `var fs : [var () -> Nat] = [var];
fs := Prim.Array_init<() -> Nat>(3, func () : Nat = 0);
var i = 0;
while (i < 3) { let j = i * 10; fs[i] := func () : Nat = j; i += 1 };
for (k in [7, 8].vals()) { fs[0] := func () : Nat = k };
print(debug_show (fs[0](), fs[1](), fs[2]()));`,
			want: "(8, 10, 20)\n",
		},
		{
			name: "labels, break with a value, continue",
			src: `var log = "";
label outer for (i in [1, 2, 3, 4].vals()) {
  if (i == 2) continue outer;
  if (i == 4) break outer;
  log #= debug_show i;
};
let v = label l : Nat { if (true) break l 42; 0 };
print(log # " " # debug_show v);`,
			want: "13 42\n",
		},
		{
			name: "return from nested positions",
			src: `func f(o : ?Nat) : Nat {
  let x = switch o { case null return 0; case (?v) v };
  x + 1
};
func g(b : Bool) : Text { print(if b (return "early") else "arg"); "late" };
print(debug_show (f(null), f(?4)) # g(true) # g(false));`,
			want: "arg\n(0, 5)earlylate\n",
		},
		{
			name: "do option with bang",
			src: `func add(a : ?Nat, b : ?Nat) : ?Nat = do ? { a! + b! };
print(debug_show (add(?1, ?2), add(null, ?2), do ? { ?null }));`,
			want: "(?3, null, ?(?null))\n",
		},
		{
			name: "options stay distinct",
			src: `let xs : [??Nat] = [null, ?null, ??3];
for (x in xs.vals()) { print(switch x { case null "null"; case (?null) "?null"; case (??n) debug_show n }) };`,
			want: "null\n?null\n3\n",
		},
		{
			name: "objects, classes and public vars",
			src: `class Counter(start : Nat) {
  public var count = start;
  public func inc() : Nat { count += 1; count };
};
let c = Counter(5);
ignore c.inc();
c.count += 10;
let o = object self { public func name() : Text { "o" }; public func me() : Text { self.name() } };
print(debug_show (c.inc(), c.count) # o.me());`,
			want: "(17, 17)o\n",
		},
		{
			name: "records with update and wider values",
			src: `let r = { a = 1; b = 2 };
let s = { r with a = 5; var c = "x" };
s.c := "y";
let narrow : { a : Nat } = s;
print(debug_show (s.c, narrow.a, r.a, s.b));`,
			want: "(\"y\", 5, 1, 2)\n",
		},
		{
			name: "built-in methods",
			src: `let a = [var 1, 2, 3];
a.put(0, 9);
let t = "héllo";
var cs = "";
for (c in t.chars()) { cs := Prim.charToText(c) # cs };
let it = a.keys();
let f = a.size;
print(debug_show (a.get(0), a.size(), t.size(), cs, it.next(), it.next(), f(), ("ab" : Blob).size()));`,
			want: "(9, 3, 5, \"olléh\", ?0, ?1, 3, 2)\n",
		},
		{
			name: "tuple arguments spread into parameters",
			src: `func add(x : Nat, y : Nat) : Nat = x + y;
let p = (3, 4);
func swap((a, b) : (Nat, Nat)) : (Nat, Nat) = (b, a);
print(debug_show (add p, swap p, Prim.Array_tabulate<Nat>(3, func (i : Nat) : Nat { i * i })));`,
			want: "(7, (4, 3), [0, 1, 4])\n",
		},
		{
			name: "unlabelled break and continue",
			src: `var s = "";
for (i in [1, 2, 3, 4, 5].vals()) {
  if (i == 2) continue;
  if (i == 5) break;
  var j = 0;
  while (true) { j += 1; if (j > i) break; s #= debug_show j };
  s #= ";";
};
var k = 0;
loop { k += 1; if (k < 3) continue; break } while (true);
print(s # " " # debug_show k);`,
			want: "1;123;1234; 3\n",
		},
		{
			name: "exits from operands skip the rest of the expression",
			src: `func h(x : Nat) : Nat { print("called"); x };
func f() : Nat { h(if (true) return 7 else 1) };
func g() : [Nat] { [1, (return [2]), 3] };
var n = 0;
label l { n := (break l) + 1 };
print(debug_show (f(), g(), n));`,
			want: "(7, [2], 0)\n",
		},
		{
			name: "loops with labels and conditions at the end",
			src: `var i = 0;
var s = "";
label outer loop {
  i += 1;
  if (i % 2 == 0) continue outer;
  s #= debug_show i;
} while (i < 7);
var j : Int = 10;
label w while (j > 0) { j -= 3; if (j == 4) continue w; s #= "," # debug_show j };
print(s);`,
			want: "1357,+7,+1,-2\n",
		},
		{
			name: "patterns on variants, records, tuples and literals",
			src: `type Shape = { #circle : Nat; #rect : { w : Nat; h : Nat }; #none };
func area(s : Shape) : Nat {
  switch s {
    case (#circle r) { 3 * r * r };
    case (#rect { w; h = 1 }) { w };
    case (#rect { w; h }) { w * h };
    case (#none) 0;
  }
};
let (a, (b, _)) = (1, ("x", 'c'));
func sign(i : Int) : Text { switch i { case (-1) "minus one"; case 0 "zero"; case _ "other" } };
print(debug_show (area(#circle 2), area(#rect { w = 5; h = 1 }), area(#rect { w = 2; h = 3 }), area(#none), a, b, sign(-1), sign(0)));`,
			want: "(12, 5, 6, 0, 1, \"x\", \"minus one\", \"zero\")\n",
		},
		{
			name: "text and blob iteration, comparison and concatenation",
			src: `var sum : Nat = 0;
for (b in ("\01\02\FF" : Blob).vals()) { sum += Prim.nat8ToNat(b) };
var n = 0;
for (c in "añb".chars()) { n += 1 };
print(debug_show (sum, n, "abc" < "abd", "b" > "abc", "x" # "y" == "xy"));`,
			want: "(258, 3, true, true, true)\n",
		},
		{
			name: "generic class with self name and private state",
			src: `class Stack<T>(init : T) = this {
  var items : [T] = [init];
  public func push(x : T) : Stack<T> { items := Prim.Array_tabulate<T>(items.size() + 1, func (i : Nat) : T { if (i == 0) x else items[i - 1] }); this };
  public func peek() : T { items[0] };
  public func size() : Nat { items.size() };
};
let s = Stack<Text>("a");
print(debug_show (s.push("b").push("c").peek(), s.size()));`,
			want: "(\"c\", 3)\n",
		},
		{
			name: "numbers of every kind",
			src: `let f : Float = 7.5;
let i8 : Int8 = -128;
let n64 : Nat64 = 0xFFFF_FFFF_FFFF_FFFF;
print(debug_show (f / 2, f % 2, -f, 2 ** 0.5 : Float, i8 +% -1, ^n64, n64 >> 60, (1 : Int64) << 63, -(2 ** 64) : Int, (10 : Int) ** 20));`,
			want: "(3.750000, 1.500000, -7.500000, 1.414214, +127, 0, 15, -9_223_372_036_854_775_808, -18_446_744_073_709_551_616, +100_000_000_000_000_000_000)\n",
		},
		{
			name: "recycled frames of calls without closures",
			src: `func add1(n : Nat) : Nat { n + 1 };
func twice(n : Nat) : Nat { add1(add1(n)) };
class P(x : Nat) { public let y = x * 2; public var z = x };
let ps = Prim.Array_tabulate<P>(3, func (i : Nat) : P { P(twice(i)) });
ps[1].z += 5;
print(debug_show (ps[0].y, ps[1].y, ps[1].z, ps[2].z, twice(twice(1))));`,
			want: "(4, 6, 8, 4, 5)\n",
		},
		{
			name: "an actor class instance is awaited",
			src: `actor class Counter(start : Nat) {
  var n = start;
  public func next() : async Nat { n += 1; n };
};
let c = await Counter(10);
print(debug_show (await c.next(), await c.next()));`,
			want: "(11, 12)\n",
		},
		{
			name: "recursion ten thousand deep",
			src: `func sum(n : Nat) : Nat { if (n == 0) 0 else n + sum(n - 1) };
print(debug_show sum(10_000));`,
			want: "50_005_000\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := run(t, prelude+tt.src)
			assert.Equal(t, tt.want, out)
			if tt.trap == "" {
				assert.NoError(t, err)
			} else if assert.Error(t, err) {
				assert.Equal(t, tt.trap, err.Error())
			}
		})
	}
}

func TestCallDepthLimit(t *testing.T) {
	var out strings.Builder
	p := compile(t, map[string]string{"main.mo": prelude + `func down(n : Nat) : Nat { if (n == 0) 0 else 1 + down(n - 1) };
print(debug_show down(100));
print(debug_show down(1000));`}, interp.Config{Stdout: &out, MaxCallDepth: 500})
	err := p.Run()
	assert.Equal(t, "100\n", out.String())
	require.Error(t, err)
	assert.Equal(t, "main.mo:3.51-3.62: execution error, stack overflow", err.Error())
}

func TestLibraryTrapIsReportedAtTheCall(t *testing.T) {
	out, err := run(t, `import Debug "mo:base/Debug";
Debug.print("before");
Debug.trap("boom");`)
	assert.Equal(t, "before\n", out)
	require.Error(t, err)
	assert.Equal(t, "main.mo:3.1-3.19: execution error, boom", err.Error())
}
