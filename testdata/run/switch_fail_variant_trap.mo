// A switch missing a variant case traps when that case occurs.
import Debug "mo:base/Debug";

type Light = { #red; #amber; #green };
func go(l : Light) : Bool {
  switch l {
    case (#green) true;
    case (#red) false;
  };
};
Debug.print(debug_show go(#green));
Debug.print(debug_show go(#amber));
