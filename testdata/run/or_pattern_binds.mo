// Alternatives of a pattern may bind variables: the same names on both
// sides, each at the least upper bound of its types there.
import Prim "mo:⛔";

type Shape = { #circle : Nat; #square : Nat; #rect : (Nat, Nat); #dot };

func size(s : Shape) : Nat = switch s {
  case (#circle n or #square n) n;
  case (#rect(w, h) or #rect(h, w)) w * h;
  case (#dot) 0;
};
Prim.debugPrint(debug_show (size(#circle 3), size(#square 4), size(#rect(2, 5)), size(#dot)));

// Nat on one side and Int on the other make an Int.
let (#a v or #b (v : Int)) : { #a : Nat; #b : Int } = #a 5;
Prim.debugPrint(debug_show v);

// Nested alternatives, in a tuple.
let (#x n or #y n or #z n, tag) : ({ #x : Nat; #y : Nat; #z : Nat }, Text) = (#z 9, "z");
Prim.debugPrint(tag # " " # debug_show n);

// A left side that binds, then fails, leaves no trace.
func pick(p : (?Nat, ?Nat)) : Nat = switch p {
  case ((?a, null) or (_, ?a)) a;
  case _ 0;
};
Prim.debugPrint(debug_show (pick(?1, null), pick(?1, ?2), pick(null, ?2), pick(null, null)));
