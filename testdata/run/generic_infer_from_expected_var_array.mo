// A type argument fixed only by the expected type: the mutable array makes
// the argument's `null` take `?Nat` rather than `Null` (as Buffer.mo does).
import Prim "mo:⛔";
import Debug "mo:base/Debug";

func init<T>(n : Nat, x : T) : [var T] = Prim.Array_init<T>(n, x);
let a : [var ?Nat] = init(3, null);
a[1] := ?5;
Debug.print(debug_show a);

class Slots<X>(n : Nat) {
  var elems : [var ?X] = init(n, null);
  public func put(i : Nat, x : X) { elems[i] := ?x };
  public func get(i : Nat) : ?X = elems[i];
};
let s = Slots<Text>(2);
s.put(0, "hi");
Debug.print(debug_show (s.get(0), s.get(1)));

func cell<T>(x : T) : { var v : T } = { var v = x };
let c : { var v : ?Int } = cell(null);
c.v := ?(-4);
Debug.print(debug_show c.v);
