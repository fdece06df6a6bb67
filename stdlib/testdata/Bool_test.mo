import Bool "mo:base/Bool";
import Debug "mo:base/Debug";

let values : [Bool] = [false, true];
for (x in values.vals()) {
  Debug.print(Bool.toText(x) # " lognot " # Bool.toText(Bool.lognot(x)));
  for (y in values.vals()) {
    Debug.print(
      debug_show (x, y) # " and=" # debug_show (Bool.logand(x, y)) # " or=" # debug_show (Bool.logor(x, y))
      # " xor=" # debug_show (Bool.logxor(x, y)) # " eq=" # debug_show (Bool.equal(x, y))
      # " ne=" # debug_show (Bool.notEqual(x, y)) # " cmp=" # debug_show (Bool.compare(x, y))
    );
  };
};
let t : Bool.Bool = true;
Debug.print(debug_show t);
