// A tiny expression evaluator that reports malformed input with Debug.trap.
import Debug "mo:base/Debug";
import Char "mo:base/Char";
import Nat32 "mo:base/Nat32";

type Token = { #num : Nat; #plus; #times };

func tokenize(t : Text) : [Token] {
  var out : [Token] = [];
  var num : ?Nat = null;
  func flush() {
    switch num { case (?n) { out := add(out, #num n); num := null }; case null {} };
  };
  for (c in t.chars()) {
    if (Char.isDigit c) {
      let d = Nat32.toNat(Char.toNat32(c) - Char.toNat32('0'));
      num := ?(switch num { case (?n) n * 10 + d; case null d });
    } else {
      flush();
      switch c {
        case '+' out := add(out, #plus);
        case '*' out := add(out, #times);
        case ' ' {};
        case _ Debug.trap("unexpected character '" # Char.toText(c) # "'");
      };
    };
  };
  flush();
  out
};

func add(xs : [Token], x : Token) : [Token] {
  let n = xs.size();
  let a = [var x, x, x, x, x, x, x, x, x, x, x, x];
  for (i in xs.keys()) a[i] := xs[i];
  Array_take(a, n + 1)
};

func Array_take(a : [var Token], n : Nat) : [Token] {
  var out : [Token] = [];
  var i = n;
  while (i > 0) { i -= 1; out := prepend(a[i], out) };
  out
};

func prepend(x : Token, xs : [Token]) : [Token] {
  switch (xs.size()) { case 0 [x]; case 1 [x, xs[0]]; case 2 [x, xs[0], xs[1]]; case 3 [x, xs[0], xs[1], xs[2]]; case 4 [x, xs[0], xs[1], xs[2], xs[3]]; case _ [x, xs[0], xs[1], xs[2], xs[3], xs[4]] }
};

// Sum of products, left to right.
func eval(ts : [Token]) : Nat {
  var sum = 0;
  var prod = 1;
  for (t in ts.vals()) {
    switch t {
      case (#num n) prod *= n;
      case (#plus) { sum += prod; prod := 1 };
      case (#times) {};
    };
  };
  sum + prod
};

for (src in ["1 + 2 * 3", "12*3+4", "7", "2 * (3 + 4)"].vals()) {
  let ts = tokenize(src);
  Debug.print(src # " = " # debug_show eval(ts) # "   " # debug_show ts);
};
// trap-span: 24.16-24.75
