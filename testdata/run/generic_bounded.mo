// A type parameter bounded by a record type.
import Debug "mo:base/Debug";

func names<T <: { name : Text }>(xs : [T]) : Text {
  var out = "";
  for (x in xs.vals()) { out #= x.name # " " };
  out;
};
let cats = [{ name = "Tom"; lives = 9 }, { name = "Kit"; lives = 7 }];
Debug.print(names(cats));
func biggest<T <: Int>(a : T, b : T) : T { if (a > b) a else b };
Debug.print(debug_show biggest<Nat>(3, 8));
