// A trap inside an object method.
import Debug "mo:base/Debug";

class Account(initial : Nat) {
  var balance = initial;
  public func withdraw(n : Nat) : Nat { balance -= n; balance };
};
let acc = Account(10);
Debug.print(debug_show acc.withdraw(4));
Debug.print(debug_show acc.withdraw(7));
