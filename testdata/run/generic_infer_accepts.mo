import Prim "mo:⛔";
// Generic calls without type arguments that moc accepts: each argument is
// typed on its own, and each type argument is the least (or, where the
// result takes it as a parameter, the greatest) that fits.
func apply<A, B>(f : A -> B, x : A) : B = f x;
func either<T>(a : T, b : T) : T = a;
func firstOf<T>(xs : [T], d : T) : T = if (xs.size() > 0) xs[0] else d;
func sink<T>(x : T) : T -> Text = func _ = "sunk";

let inc = apply(func n = n + 1, 5);
let shown = apply(func (n : Nat) : Text = debug_show n, 7);
let returned = apply(func n { if (n > 10) return "big"; "small" }, 5);
let small : Int8 = -4;
let wide = either(small, 3); // Any
ignore wide;
let tags = either(#up, #down);
let opt = either(null, ?1);
let signed : Int = either(1, 2);
let arr = firstOf([], 9);
let rec = firstOf([{a = 1}], {a = 2; b = 3});
let out = sink(1)("anything");

debug_show (inc, shown, returned, tags, opt, signed, arr, rec.a, out)
  |> (func (t : Text) { Prim.debugPrint t })(_);
