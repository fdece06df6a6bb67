package parser_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/internal/golden"
	"github.com/mori-lang/mori/parser"
)

// renderDecs parses src and renders its declarations, space separated.
func renderDecs(t *testing.T, src string, spans bool) string {
	t.Helper()
	prog, err := parser.ParseFile("t.mo", src)
	require.NoError(t, err)
	parts := make([]string, len(prog.Decs))
	for i, d := range prog.Decs {
		parts[i] = render(d, spans)
	}
	return strings.Join(parts, " ")
}

// TestParse pins the tree of each construct. Every source here was checked
// against moc (motoko 4.10): it accepts them all, and where the grammar is
// subtle (precedence, `{...}` as record or block, `func x = e`) the trees
// follow its parser.
func TestParse(t *testing.T) {
	tests := []struct{ src, want string }{
		{`let x = 1 + 2 * 3`, `(let x (+ 1 (* 2 3)))`},
		{`let x = 1 - 2 - 3`, `(let x (- (- 1 2) 3))`},
		{`let x = 2 ** 3 ** 2`, `(let x (** (** 2 3) 2))`},
		{`let x = a | b & c ^ d`, `(let x (| a (& b (^ c d))))`},
		{`let x = a + b << c`, `(let x (+ a (<< b c)))`},
		{`let x = a +% b *% c **% d -% e`, `(let x (-% (+% a (*% b (**% c d))) e))`},
		{`let x = "a" # "b" # "c"`, `(let x (# (# "a" "b") "c"))`},
		{`let x = a < b and c > d or not e`, `(let x (or (and (< a b) (> c d)) (not e)))`},
		{`let x = a <= b; let y = a >= b; let z = a != b`, `(let x (<= a b)) (let y (>= a b)) (let z (!= a b))`},
		{`let x = 1 : Nat + 2`, `(let x (+ (: 1 Nat) 2))`},
		{`let x = a + b : Nat`, `(let x (: (+ a b) Nat))`},
		{`let x = -1; let y = - -x; let z = ^x; let w = +x`, `(let x (neg 1)) (let y (neg (neg x))) (let z (bitnot x)) (let w (plus x))`},
		{`let x = -2 ** 2`, `(let x (** (neg 2) 2))`},
		{`x := y := 1`, `(:= x (:= y 1))`},
		{`x += 1; x -= 1; x *= 2; x /= 2; x %= 2; x **= 2; x #= "s"`, `(+= x 1) (-= x 1) (*= x 2) (/= x 2) (%= x 2) (**= x 2) (#= x "s")`},
		{`x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1; x <<>= 1; x <>>= 1`, `(&= x 1) (|= x 1) (^= x 1) (<<= x 1) (>>= x 1) (<<>= x 1) (<>>= x 1)`},
		{`x +%= 1; x -%= 1; x *%= 1; x **%= 1`, `(+%= x 1) (-%= x 1) (*%= x 1) (**%= x 1)`},
		{`a[i] := a[j] + 1`, `(:= (index a i) (+ (index a j) 1))`},
		{`r.f := 1`, `(:= (dot r f) 1)`},
		{`f x; f(x); f(x, y); f(); f<Nat>(x); f<>()`, `(call f x) (call f (paren x)) (call f (tuple x y)) (call f (tuple)) (call f <Nat> (paren x)) (call f <> (tuple))`},
		{`f x y`, `(call (call f x) y)`},
		{`f {a = 1}`, `(call f (record (field a 1)))`},
		{`f "hi"; Debug.print "hi"`, `(call f "hi") (call (dot Debug print) "hi")`},
		{`t.0.1; t.10`, `(proj (proj t 0) 1) (proj t 10)`},
		{`a.b.c(d).e[0]!`, `(! (index (dot (call (dot (dot a b) c) (paren d)) e) 0))`},
		{`x!.y`, `(dot (! x) y)`},
		{`debug_show x + 1`, `(+ (debug_show x) 1)`},
		{`?x + 1`, `(+ (? x) 1)`},
		{`?x.y`, `(? (dot x y))`},
		{`#tag; #tag 5; #tag(1, 2); #tag x`, `(#tag) (#tag 5) (#tag (tuple 1 2)) (#tag x)`},
		{`let x = #a #b`, `(let x (# (#a) b))`},
		{`ignore f x + 1`, `(ignore (+ (call f x) 1))`},
		{`(); (1); (1, 2); (1,)`, `(tuple) (paren 1) (tuple 1 2) (paren 1)`},
		{`[]; [1, 2,]; [var 1, 2]; [var]`, `(array) (array 1 2) (array var 1 2) (array var)`},
		{`{}; {a = 1; var b = 2; c : Nat = 3; d}`, `(record) (record (field a 1) (field var b 2) (field c Nat 3) (field d d))`},
		{`{r with a = 1}; {r and s}; {r and s with a = 1; b = 2}`, `(record r with (field a 1)) (record r s with) (record r s with (field a 1) (field b 2))`},
		{`{ x }`, `(record (field x x))`},
		{`do { let x = 1; x }`, `(block (let x 1) x)`},
		{`do { }`, `(block)`},
		{`do ? { x! }`, `(do? (block (! x)))`},
		{`if c 1 else 2`, `(if c 1 2)`},
		{`if (x > 0) { a } else if (x < 0) { b } else { c }`, `(if (paren (> x 0)) (block a) (if (paren (< x 0)) (block b) (block c)))`},
		{`if c f x`, `(if c (call f x))`},
		{`if c if d 1 else 2`, `(if c (if d 1 2))`},
		{`switch (x) { case 1 "one"; case (2 or 3) "few"; case _ "many" }`, `(switch (paren x) (case 1 "one") (case (paren (or 2 3)) "few") (case _ "many"))`},
		{`switch x { case (#a y) y; case (#b) 0; case (?z) z; case null 0; case {f; g = h} 1 }`, `(switch x (case (paren (#a y)) y) (case (paren (#b)) 0) (case (paren (? z)) z) (case null 0) (case (record (field f f) (field g h)) 1))`},
		{`while (i < 10) i += 1`, `(while (paren (< i 10)) (+= i 1))`},
		{`loop { }; loop x += 1 while x < 10`, `(loop (block)) (loop (+= x 1) (< x 10))`},
		{`for (x in xs.vals()) { total += x }`, `(for x (call (dot xs vals) (tuple)) (block (+= total x)))`},
		{`label l : Nat { break l 1 }; label m { continue m }; label n loop break n`, `(label l Nat (block (break l 1))) (label m (block (continue m))) (label n (loop (break n)))`},
		{`loop { break }; loop { continue }`, `(loop (block (break))) (loop (block (continue)))`},
		{`func f() { return }; func g() : Nat { return 1 }`, `(func f (tuple) (block (return))) (func g (tuple) Nat (block (return 1)))`},
		{`assert x == 1`, `(assert (== x 1))`},
		{`async { 1 }; await f()`, `(async (block 1)) (await (call f (tuple)))`},
		{`try { throw e } catch (err) { 0 }`, `(try (block (throw e)) (paren err) (block 0))`},
		{`let x = 1; let (a, b) = (1, 2); let ?y = o; let {f; g = (h : Nat)} = r`, `(let x 1) (let (tuple a b) (tuple 1 2)) (let (? y) o) (let (record (field f f) (field g (paren (: h Nat)))) r)`},
		{`let x : Nat = 1`, `(let (: x Nat) 1)`},
		{`let _ = 1; let () = (); let -1 = x; let +1 = x; let "s" = t; let 'c' = ch; let 1.5 = fl; let true = b; let null = n`, `(let _ 1) (let (tuple) (tuple)) (let (neg 1) x) (let 1 x) (let "s" t) (let 'c' ch) (let float:1.5 fl) (let true b) (let null n)`},
		{`let (#a or #b) = v`, `(let (paren (or (#a) (#b))) v)`},
		{`let (x : Nat, y : Text) = p`, `(let (tuple (: x Nat) (: y Text)) p)`},
		{`var x = 1; var y : Nat = 2`, `(var x 1) (var y Nat 2)`},
		{`type T = Nat; type P<A, B <: A> = (A, B)`, `(type T Nat) (type P <A, B <: A> (tuple A B))`},
		{`type F = (Nat, Text) -> Bool; type G = <A>A -> ?A; type H = Nat -> Nat -> Nat`, `(type F (-> (tuple Nat Text) Bool)) (type G (-> <A> A (? A))) (type H (-> Nat (-> Nat Nat)))`},
		{`type N = (x : Nat, y : Nat) -> (sum : Nat); type U = (); type One = (Nat)`, `(type N (-> (tuple (named x Nat) (named y Nat)) (paren Nat))) (type U (tuple)) (type One (paren Nat))`},
		{`type O = {a : Nat; var b : Text; f(Nat) : Nat; g<A>(A) : A}`, `(type O (object (field a Nat) (field var b Text) (field f (-> (paren Nat) Nat)) (field g (-> <A> (paren A) A))))`},
		{`type V = {#a; #b : Nat}; type E = {#}`, `(type V (variant (#a) (#b Nat))) (type E (variant))`},
		{`type A = [Nat]; type M = [var ?Nat]; type L = List.List<Nat>; type LL = L<L<Nat>>`, `(type A (array Nat)) (type M (array var (? Nat))) (type L List.List<Nat>) (type LL L<L<Nat>>)`},
		{`type S = shared Nat -> async (); type Q = shared query () -> async Nat; type C = composite query () -> async (); type Q2 = query () -> async ()`, `(type S (-> shared Nat (async (tuple)))) (type Q (-> query (tuple) (async Nat))) (type C (-> composite (tuple) (async (tuple)))) (type Q2 (-> query (tuple) (async (tuple))))`},
		{`type Mod = module { x : Nat }; type Act = actor { f : shared () -> async () }; type Obj = object {}; type As = async Nat`, `(type Mod (module (field x Nat))) (type Act (actor (field f (-> shared (tuple) (async (tuple)))))) (type Obj (object)) (type As (async Nat))`},
		{`func f(x : Nat, y : Nat) : Nat { x + y }`, `(func f (tuple (: x Nat) (: y Nat)) Nat (block (+ x y)))`},
		{`func f<T>(x : T) : T = x`, `(func f <T> (paren (: x T)) T x)`},
		{`func f() = ()`, `(func f (tuple) (tuple))`},
		{`func (x : Nat) : Nat = x`, `(func (paren (: x Nat)) Nat x)`},
		{`let g = func x = x + 1`, `(let g (func x (+ x 1)))`},
		{`func f({a; b} : R) {}`, `(func f (paren (: (record (field a a) (field b b)) R)) (block))`},
		{`shared({caller}) func f() : async () {}`, `(func shared (paren (record (field caller caller))) f (tuple) (async (tuple)) (async (block)))`},
		{`shared query func q() : async Nat { 0 }`, `(func query q (tuple) (async Nat) (async (block 0)))`},
		{`query func q() : async Nat { 0 }`, `(func query q (tuple) (async Nat) (async (block 0)))`},
		{`composite query func c() : async () {}`, `(func composite c (tuple) (async (tuple)) (async (block)))`},
		{`module M { public let x = 1; public func f() {} }`, `(let M (module M (field public (let x 1)) (field public (func f (tuple) (block)))))`},
		{`module M = { }`, `(let M (module M))`},
		{`object o { var x = 0; public func inc() { x += 1 } }`, `(let o (object o (var x 0) (field public (func inc (tuple) (block (+= x 1))))))`},
		{`object o : T { }`, `(let o (: (object o) T))`},
		{`let m = module { }`, `(let m (module))`},
		{`actor A { stable var n = 0; public func f() : async Nat { n } }`, `(let A (actor A (field stable (var n 0)) (field public (func shared f (tuple) (async Nat) (async (block n))))))`},
		{`(with migration = m) actor { }`, `(actor)`},
		{`persistent actor { transient var t = 0; flexible var f = 0; system func preupgrade() {} }`, `(actor persistent (field transient (var t 0)) (field flexible (var f 0)) (field system (func preupgrade (tuple) (block))))`},
		{`class C(x : Nat) { public let y = x }`, `(class object C (paren (: x Nat)) (field public (let y x)))`},
		{`class C<T>(x : T) = self { public func get() : T = x }`, `(class object C <T> (paren (: x T)) =self (field public (func get (tuple) T x)))`},
		{`actor class C(init : Nat) { }`, `(class actor C (paren (: init Nat)))`},
		{`persistent actor class C() = this { }`, `(class actor persistent C (tuple) =this)`},
		{`shared(msg) actor class C() { }`, `(class actor (paren msg) C (tuple))`},
		{`class (x : Nat) { }`, `(class object @anon-class-1.1 (paren (: x Nat)))`},
		{`object { public let x = 1 }`, `(object (field public (let x 1)))`},
		{`import Debug "mo:base/Debug"`, `(import Debug "mo:base/Debug")`},
		{`import { print; trap = t } "mo:base/Debug"`, `(import (record (field print print) (field trap t)) "mo:base/Debug")`},
		{`import D = "mo:base/Debug"; let x = 1`, `(import D "mo:base/Debug") (let x 1)`},
		{`import A "a" let x = 1`, `(import A "a") (let x 1)`},
		{`let t = "a\n\u{41}\00"; let c = '\u{1F600}'; let n = 1_000; let h = 0xFF_FF; let f = 1_0.5e3`, `(let t "a\nA\x00") (let c '😀') (let n 1000) (let h 0xFFFF) (let f float:10.5e3)`},
		{`f(let x = 1)`, `(call f (paren (block (let x 1))))`},
		{`f(var x = 1)`, `(call f (paren (block (var x 1))))`},
		{`let x = func f() {}`, `(let x (block (func f (tuple) (block))))`},
		{`let x = -1 : Int`, `(let x (: (neg 1) Int))`},
		{`func f(o : ?Nat) : Nat { let ?x = o else return 0; x }`, `(func f (paren (: o (? Nat))) Nat (block (let (? x) o else (return 0)) x))`},
		{`object o { let ?x = y else { loop {} } }`, `(let o (object o (let (? x) y else (block (loop (block))))))`},
		{`func f() : Nat { if c let x = 1 else 2 }`, `(func f (tuple) Nat (block (if c (block (let x 1)) 2)))`},
		{`debug { ignore 1 }; debug ignore 1`, `(debug (block (ignore 1))) (debug (ignore 1))`},
		{`class X() { public class(){} }`, `(class object X (tuple) (field public (class object @anon-class-1.20 (tuple))))`},
		// The system capability is dropped; `<system>` alone leaves the type arguments to inference.
		{`func f<system>() {}; func g<system, T>(x : T) {}`, `(func f (tuple) (block)) (func g <T> (paren (: x T)) (block))`},
		{`f<system>(); g<system, Nat>(1)`, `(call f (tuple)) (call g <Nat> (paren 1))`},
		{`type F = (n : Nat, implicit : (compare : (Nat, Nat) -> Bool)) -> ()`, `(type F (-> (tuple (named n Nat) (named implicit (paren (-> (tuple Nat Nat) Bool)))) (tuple)))`},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			assert.Equal(t, tt.want, renderDecs(t, tt.src, false))
		})
	}
}

func TestSpans(t *testing.T) {
	tests := []struct{ src, want string }{
		{"let x = a[5] + f(1)", "(let x@1.5-1.6 (+ (index a@1.9-1.10 5@1.11-1.12)@1.9-1.13 (call f@1.16-1.17 (paren 1@1.18-1.19)@1.17-1.20)@1.16-1.20)@1.9-1.20)@1.1-1.20"},
		{"do { 1 }", "(block 1@1.6-1.7)@1.1-1.9"},
		{"module M { public let x = 1 }", "(let M@1.8-1.9 (module M@1.8-1.9 (field public (let x@1.23-1.24 1@1.27-1.28)@1.19-1.28)@1.12-1.28)@1.1-1.30)@1.1-1.30"},
		{"let s = \"a\nb\"; s", "(let s@1.5-1.6 \"a\\nb\"@1.9-2.3)@1.1-2.3 s@2.5-2.6"},
		{"x := -1 : Int", "(:= x@1.1-1.2 (: (neg 1@1.7-1.8)@1.6-1.8 Int@1.11-1.14)@1.6-1.14)@1.1-1.14"},
		{"switch (x) { case (?y) y; case _ 0 }", "(switch (paren x@1.9-1.10)@1.8-1.11 (case (paren (? y@1.21-1.22)@1.20-1.22)@1.19-1.23 y@1.24-1.25)@1.14-1.25 (case _@1.32-1.33 0@1.34-1.35)@1.27-1.35)@1.1-1.37"},
		{"type T = (x : Nat) -> ?[var Nat]", "(type T@1.6-1.7 (-> (paren Nat@1.15-1.18)@1.10-1.19 (? (array var Nat@1.29-1.32)@1.24-1.33)@1.23-1.33)@1.10-1.33)@1.1-1.33"},
		{"func f<T>(x : T) : T { x }", "(func f@1.6-1.7 <T> (paren (: x@1.11-1.12 T@1.15-1.16)@1.11-1.16)@1.10-1.17 T@1.20-1.21 (block x@1.24-1.25)@1.22-1.27)@1.1-1.27"},
		{"{a = 1; b}", "(record (field a@1.2-1.3 1@1.6-1.7)@1.2-1.7 (field b@1.9-1.10 b@1.9-1.10)@1.9-1.10)@1.1-1.11"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			assert.Equal(t, tt.want, renderDecs(t, tt.src, true))
		})
	}
}

// TestSyntaxErrors checks messages and positions; the positions and the
// text up to "expected" are moc's (checked with moc 4.10 on the same input),
// the expected part is mori's own.
func TestSyntaxErrors(t *testing.T) {
	tests := []struct {
		src, want string
		atEOF     bool
	}{
		{"let x = ", "t.mo:1.9: syntax error [M0001], unexpected end of input, expected <exp>", true},
		{"let = 3", "t.mo:1.5-1.6: syntax error [M0001], unexpected token '=', expected <pat>", false},
		{"let x = 1 == 2 == 3", "t.mo:1.16-1.18: syntax error [M0001], unexpected token '==', expected no further operator of this kind (it is non-associative)", false},
		{"let x = 1 << 2 >> 3", "t.mo:1.16-1.18: syntax error [M0001], unexpected token '>>', expected no further operator of this kind (it is non-associative)", false},
		{"let x = 1\nlet y = 2", "t.mo:2.1-2.4: syntax error [M0001], unexpected token 'let', expected one of ';' <eof>", false},
		{"func f() { let x = 1 let y = 2 }", "t.mo:1.22-1.25: syntax error [M0001], unexpected token 'let', expected one of ';' '}'", false},
		{"let x = (1, 2", "t.mo:1.14: syntax error [M0001], unexpected end of input, expected one of ',' ')'", true},
		{"type T = {#a; b : Nat}", "t.mo:1.15-1.16: syntax error [M0001], unexpected token 'b', expected '#'", false},
		{"let y = x>>1", "t.mo:1.10-1.11: syntax error [M0001], unexpected token '>', expected one of ';' <eof>", false},
		{"let x = 1<2", "t.mo:1.11-1.12: syntax error [M0001], unexpected token '2', expected <typ>", false},
		{"{ r.a }", "t.mo:1.7-1.8: syntax error [M0001], unexpected token '}', expected one of 'and' 'with'", false},
		{"switch x { case #a 1 }", "t.mo:1.17-1.18: syntax error [M0001], unexpected token '#', expected <pat>", false},
		{"f [1, 2]", "t.mo:1.5-1.6: syntax error [M0001], unexpected token ',', expected ']'", false},
		{"let x = 1;; x", "t.mo:1.11-1.12: syntax error [M0001], unexpected token ';', expected <exp>", false},
		{"persistent object {}", "t.mo:1.12-1.18: syntax error [M0001], unexpected token 'object', expected 'actor'", false},
		{"try 1", "t.mo:1.6: syntax error [M0001], unexpected end of input, expected one of 'catch' 'finally'", true},
		{"func f() : Nat = let ?x = y else 2", "t.mo:1.29-1.33: syntax error [M0001], unexpected token 'else', expected one of ';' <eof>", false},
		{"module X { public class(){} }", "t.mo:1.19-1.28: syntax error [M0158], a public class cannot be anonymous, please provide a name", false},
		{"let t = x.99999999999999999999", "t.mo:1.10-1.31: syntax error [M0001], tuple index out of range", false},
		// Lexical errors.
		{`let x = "abc`, "t.mo:1.9-1.13: syntax error [M0002], unclosed text literal", true},
		{"let x = /* open", "t.mo:1.9-1.16: syntax error [M0002], unclosed comment", true},
		{`let x = "\q"`, "t.mo:1.12: syntax error [M0002], illegal escape", false},
		{"let a = 1 $ 2", "t.mo:1.11-1.12: syntax error [M0002], malformed operator", false},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			_, err := parser.ParseFile("t.mo", tt.src)
			var syntaxErr *parser.Error
			require.True(t, errors.As(err, &syntaxErr), "got %v", err)
			assert.Equal(t, tt.want, err.Error())
			assert.Equal(t, tt.atEOF, syntaxErr.AtEOF)
		})
	}
}

// TestParseCorpus parses every Motoko file of the project's tests, library
// and examples. A file whose golden output is a syntax error must fail at
// moc's position.
func TestParseCorpus(t *testing.T) {
	count := 0
	for _, dir := range []string{"../testdata", "../stdlib", "../examples"} {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".mo") {
				return err
			}
			count++
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			_, parseErr := parser.ParseFile(filepath.Base(path), string(src))
			golden, _ := os.ReadFile(strings.TrimSuffix(path, ".mo") + ".out")
			if wantLine, ok := syntaxErrorLine(string(golden)); ok {
				require.Error(t, parseErr, path)
				assert.True(t, strings.HasPrefix(parseErr.Error(), wantLine), "%s:\n got %v\nwant %s", path, parseErr, wantLine)
				return nil
			}
			assert.NoError(t, parseErr, path)
			return nil
		})
		if !errors.Is(err, os.ErrNotExist) {
			require.NoError(t, err)
		}
	}
	t.Logf("parsed %d files", count)
}

// A library parsed without its function bodies has, once they are parsed,
// the tree of the whole file parsed at once, spans included.
func TestParseLibraryLeavesBodiesForLater(t *testing.T) {
	count := 0
	for _, dir := range []string{"../testdata", "../stdlib", "../examples"} {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".mo") {
				return err
			}
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			whole, err := parser.ParseFile(path, string(src))
			if err != nil {
				return nil
			}
			want, ok := tryRender(whole)
			if !ok {
				return nil // a node the test renderer does not know
			}
			lazy, err := parser.ParseLibrary(path, string(src))
			require.NoError(t, err, path)
			count++
			assert.Equal(t, want, render(lazy, true), path)
			return nil
		})
		if !errors.Is(err, os.ErrNotExist) {
			require.NoError(t, err)
		}
	}
	assert.Greater(t, count, 100)
}

func tryRender(n ast.Node) (out string, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return render(n, true), true
}

// Skipping a body matches its braces past those inside text and character
// literals and comments, and counts the lines it passes as the lexer does.
func TestParseLibrarySkipsBracesInLiteralsAndComments(t *testing.T) {
	tests := []struct{ name, body string }{
		{"text", `{ let t = "}{ \" }"; t }`},
		{"chars", `{ let a = '}'; let b = '\''; let c = '\"'; let d = "'"; a }`},
		{"line comment", "{ // } not the end\n  1 }"},
		{"nested comment", "{ /* } /* { */ } */ 1 }"},
		{"comment-like text", `{ let u = "/*"; let v = '/'; 1 }`},
		{"nested blocks", "{ if (true) { let y = do { 1 }; y } else { do { 2 } } }"},
		{"carriage returns", "{\r\n  let x = 1;\r  x\r\n}"},
		{"multi-line text", "{ \"a\nb}\" }"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertParsesAlike(t, "module {\n  public func f() : Any "+tt.body+";\n  public func g() : Nat { 2 };\n}\n")
		})
	}
}

// assertParsesAlike checks that the library parse of src, rendered with
// what it skipped parsed, is the parse of the whole file.
func assertParsesAlike(t *testing.T, src string) {
	t.Helper()
	whole, err := parser.ParseFile("lib.mo", src)
	require.NoError(t, err)
	lazy, err := parser.ParseLibrary("lib.mo", src)
	require.NoError(t, err)
	assert.Equal(t, render(whole, true), render(lazy, true))
}

// The functions of a module or class skipped whole parse, when needed, to
// what a parse of the whole file gives, whatever form their declaration
// takes (an actor's are its messages, never skipped).
func TestParseLibraryDefersModuleFunctions(t *testing.T) {
	tests := []struct{ name, fields string }{
		{"generic", "public func f<T>(x : T) : T { x }"},
		{"expression body", "public func g(n : Nat) : Nat = n + 1"},
		{"record types", "func h(r : {a : Nat; b : Text}) : {#x; #y} { #x }"},
		{"last without semicolon", "public func k() {}"},
		{"comment before the parameters", "public func m /* c */ () {}"},
		{"a parameter, not a name", "public func x = 5"},
		{"async", "public func n() : async () {}"},
		{"nested module", "public module M { public func p() : Nat { 1 } }"},
		{"class", "public class C(n : Nat) { public func get() : Nat { n }; func hidden() {} }"},
		{"actor class", "public actor class A() { public func m() : async () {} }"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertParsesAlike(t, "module {\n  public let a = 1;\n  "+tt.fields+"\n}\n")
		})
	}
}

// A syntax error in a body left for later is reported when the body is
// parsed, as the whole file's parse reports it.
func TestParseLibraryReportsBodyErrorsLater(t *testing.T) {
	src := "module {\n  public func f() : Nat {\n    1 +\n  };\n  public func g() : Nat { 2 };\n}\n"
	_, want := parser.ParseFile("lib.mo", src)
	require.Error(t, want)
	prog, err := parser.ParseLibrary("lib.mo", src)
	require.NoError(t, err)
	obj := prog.Decs[0].(*ast.ExprDec).X.(*ast.ObjectExpr)
	f := obj.Fields[0].Dec.(*ast.FuncDec).Func
	g := obj.Fields[1].Dec.(*ast.FuncDec).Func
	require.NotNil(t, f.Deferred, "a module's function is skipped whole")
	require.NoError(t, f.ParseDeferred())
	require.NoError(t, g.ParseDeferred())
	require.IsType(t, &ast.Unparsed{}, f.Body)
	assert.Equal(t, want.Error(), f.ParseBody().Error())
	require.NoError(t, g.ParseBody())
	assert.IsType(t, &ast.BlockExpr{}, g.Body)
}

// syntaxErrorLine returns a golden output's syntax error up to and including
// its code, the part mori reproduces.
func syntaxErrorLine(golden string) (string, bool) {
	const code = "syntax error [M0001]"
	first, _, _ := strings.Cut(golden, "\n")
	i := strings.Index(first, code)
	if i < 0 {
		return "", false
	}
	return first[:i+len(code)], true
}

func TestProgramSpan(t *testing.T) {
	prog, err := parser.ParseFile("p.mo", "let x = 1;\n")
	require.NoError(t, err)
	assert.Equal(t, ast.Span{File: "p.mo", Start: ast.Pos{Line: 1, Col: 1}, End: ast.Pos{Line: 2, Col: 1}}, prog.Span)
	assert.Equal(t, "p.mo", prog.Decs[0].Where().File)
}

// FuzzParse checks that any input parses into a tree or a syntax error.
// The seeds are the golden programs and a few of every construct.
func FuzzParse(f *testing.F) {
	srcs, err := golden.Sources("..")
	require.NoError(f, err)
	for _, src := range srcs {
		f.Add(src)
	}
	for _, seed := range []string{
		"let x = 1 + 2 * 3;", "func f<T>(x : T) : T { x }", "switch (x) { case (?y) y; case _ 0 }",
		"type T = {#a; #b : Nat} -> ?[var Nat]", "{r with a = 1; var b = 2}", "do ? { x! }",
		"persistent actor A { stable var n = 0; public shared query func f() : async Nat { n } }",
		"label l loop { if (x < 10) continue l else break l }", "\"\\u{41}\\FF\" '\\n' 0x1p3 t.0.1",
		"try { throw e } catch (e) {} finally {}", "class C<T>(x : T) = self { public func get() : T = x }",
		"import { a; b = c } \"mo:base/Debug\"", "/* /* */ */ // end",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		prog, err := parser.ParseFile("f.mo", src)
		if err == nil {
			require.NotNil(t, prog)
			// A library parse of what parses, its skipped parts parsed
			// when rendered, is the same tree.
			if want, ok := tryRender(prog); ok {
				lazy, err := parser.ParseLibrary("f.mo", src)
				require.NoError(t, err)
				assert.Equal(t, want, render(lazy, true))
			}
			return
		}
		var syntaxErr *parser.Error
		require.True(t, errors.As(err, &syntaxErr), "not a syntax error: %v", err)
	})
}

// nestings are programs that nest one construct n levels deep, each in its
// own way: by recursion in the parser or by the links of a chain.
var nestings = []struct {
	name string
	src  func(n int) string
}{
	{"parentheses", func(n int) string { return "let x = " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) }},
	{"unary minus", func(n int) string { return "let x = " + strings.Repeat("-", n) + "1" }},
	{"option types", func(n int) string { return "type T = " + strings.Repeat("?", n) + "Nat" }},
	{"async types", func(n int) string { return "type T = " + strings.Repeat("async ", n) + "Nat" }},
	{"else if chain", func(n int) string { return strings.Repeat("if c 1 else ", n) + "2" }},
	{"do blocks", func(n int) string { return strings.Repeat("do {", n) + strings.Repeat("}", n) }},
	{"if blocks", func(n int) string { return strings.Repeat("if true {", n) + strings.Repeat("}", n) }},
	{"loop blocks", func(n int) string { return strings.Repeat("loop {", n) + strings.Repeat("}", n) }},
	{"record bases", func(n int) string {
		return "let x = " + strings.Repeat("{", n) + "r" + strings.Repeat(" with a = 1}", n)
	}},
	{"field chain", func(n int) string { return "let x = r" + strings.Repeat(".a", n) }},
	{"index chain", func(n int) string { return "let x = a" + strings.Repeat("[0]", n) }},
	{"call chain", func(n int) string { return "let x = f" + strings.Repeat("()", n) }},
	{"and chain", func(n int) string { return "let x = true" + strings.Repeat(" and true", n) }},
	{"sum", func(n int) string { return "let x = 1" + strings.Repeat(" + 1", n) }},
	{"annotation chain", func(n int) string { return "let x = 1" + strings.Repeat(" : Nat", n) }},
	{"alternative patterns", func(n int) string { return "let (1" + strings.Repeat(" or 1", n) + ") = 1" }},
	{"pattern annotations", func(n int) string { return "let x" + strings.Repeat(" : Nat", n) + " = 1" }},
	// Each sum is the first operand of the next: the chains add up.
	{"sums in sums", func(n int) string {
		return "let x = " + strings.Repeat("(", n) + "1" + strings.Repeat(" + 1 + 1 + 1 + 1)", n)
	}},
}

func TestDeepNesting(t *testing.T) {
	for _, tt := range nestings {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.src(20_000)
			_, err := parser.ParseFile("d.mo", src)
			var syntaxErr *parser.Error
			require.ErrorAs(t, err, &syntaxErr)
			assert.Equal(t, "program too deeply nested", syntaxErr.Msg)
			// Reported where the limit is crossed, not at the end.
			assert.Equal(t, int32(1), syntaxErr.Span.Start.Line)
			assert.Less(t, int(syntaxErr.Span.Start.Col), len(src)/2)
		})
	}
	_, err := parser.ParseFile("d.mo", "let x = "+strings.Repeat("(", 300)+"1"+strings.Repeat(")", 300))
	assert.NoError(t, err, "realistic nesting must parse")
}

// TestDepthBoundsTree checks that whatever the parser accepts is a tree of
// bounded height, which is what the recursive passes after it rely on:
// for each construct, the deepest nesting that parses makes a tree of at
// most maxTreeHeight nodes from root to leaf (three per level of the
// parser's limit of 5000: `if c {` nests an if, a block and an expression).
func TestDepthBoundsTree(t *testing.T) {
	const maxTreeHeight = 15_001
	for _, tt := range nestings {
		t.Run(tt.name, func(t *testing.T) {
			parses := func(n int) bool {
				_, err := parser.ParseFile("d.mo", tt.src(n))
				return err == nil
			}
			require.True(t, parses(100), "shallow nesting must parse")
			const maxLevels = 6000 // no construct nests deeper than the parser's limit
			deepest := sort.Search(maxLevels, func(n int) bool { return !parses(n + 1) })
			require.Less(t, deepest, maxLevels, "no depth limit")
			prog, err := parser.ParseFile("d.mo", tt.src(deepest))
			require.NoError(t, err)
			assert.LessOrEqual(t, treeHeight(reflect.ValueOf(prog)), maxTreeHeight)
		})
	}
}

// treeHeight counts the syntax nodes on the longest path down from v,
// finding children by reflection so that no kind of node is missed.
func treeHeight(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return 0
		}
		h := treeHeight(v.Elem())
		if _, isNode := v.Interface().(ast.Node); isNode && v.Kind() == reflect.Pointer {
			h++
		}
		return h
	case reflect.Struct, reflect.Slice:
		n := v.NumField
		elem := v.Field
		if v.Kind() == reflect.Slice {
			n, elem = v.Len, v.Index
		}
		h := 0
		for i := range n() {
			h = max(h, treeHeight(elem(i)))
		}
		return h
	}
	return 0
}

// The first error in the source is the one reported: a syntax error before
// a lexical one, as moc (which lexes as it parses) reports it.
func TestFirstErrorInSourceOrder(t *testing.T) {
	_, err := parser.ParseFile("order.mo", "let x = (1 + ;\nlet y = @foo;\n")
	var syntaxErr *parser.Error
	require.ErrorAs(t, err, &syntaxErr)
	assert.Equal(t, "M0001", syntaxErr.Code)
	assert.Equal(t, ast.Pos{Line: 1, Col: 14}, syntaxErr.Span.Start)
}
