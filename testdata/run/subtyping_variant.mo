// A variant with fewer tags is a subtype of one with more.
import Debug "mo:base/Debug";

type Small = { #a; #b };
type Big = { #a; #b; #c : Nat };
func show(v : Big) : Text {
  switch v { case (#a) "a"; case (#b) "b"; case (#c n) "c" # debug_show n };
};
let s : Small = #b;
Debug.print(show(s));
let bs : [Big] = [#a, #c 3];
for (b in bs.vals()) { Debug.print(show b) };
