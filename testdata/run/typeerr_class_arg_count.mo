// A class constructor called with a missing argument.
class Pair(a : Nat, b : Nat) {
  public func sum() : Nat { a + b };
};
let p = Pair(1);
