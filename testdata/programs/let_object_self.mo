// An object bound by `let` whose methods call it by that name, as moc types
// the name from the object's declarations before its methods' bodies.
import Debug "mo:base/Debug";

let counter = object {
  var n = 0;
  public func bump() : Nat { n += 1; n };
  public func bumpTwice() : Nat { ignore counter.bump(); counter.bump() };
};

let parity = object {
  public func isEven(k : Nat) : Bool = if (k == 0) true else parity.isOdd(k - 1);
  public func isOdd(k : Nat) : Bool = if (k == 0) false else parity.isEven(k - 1);
};

Debug.print(debug_show (counter.bumpTwice(), counter.bump()));
Debug.print(debug_show (parity.isEven(10), parity.isOdd(7), parity.isEven(3)));
