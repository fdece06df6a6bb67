// let-else: the else part runs when the pattern does not match and must leave.
import Debug "mo:base/Debug";

func firstEven(xs : [Nat]) : Text {
  for (x in xs.vals()) {
    let 0 = x % 2 else { continue };
    return "first even: " # debug_show x;
  };
  "none"
};
func describe(o : ?Text) : Text {
  let ?t = o else { return "nothing" };
  "got " # t
};
Debug.print(firstEven([3, 5, 8, 9]));
Debug.print(firstEven([1]));
Debug.print(describe(?"x"));
Debug.print(describe(null));
