// A let whose value's type its syntax tells (an annotated function, a
// literal, a block ending in such a function) can be used from a function
// declared above it, and from its own body.
import Prim "mo:⛔";

let f = func() : Int { g() + 1 };
let g = func() : Int { base };
let base = 41;
let fact = func fac(n : Nat) : Nat { if (n == 0) 1 else n * fact(n - 1) };
let twice = do {
  func helper(n : Nat) : Nat { n * scale };
  func twice(n : Nat) : Nat { helper n };
};
let scale = 2;
Prim.debugPrint(debug_show (f(), fact 5, twice 21));
