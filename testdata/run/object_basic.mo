// Objects with public fields, methods and private state.
import Debug "mo:base/Debug";

object account {
  var balance : Nat = 10;
  public let owner = "ann";
  public func deposit(n : Nat) { balance += n };
  public func get() : Nat { balance };
};
account.deposit(5);
Debug.print(account.owner # " " # debug_show account.get());
let point = object {
  public let x = 3;
  public let y = 4;
  public func norm2() : Nat { x * x + y * y };
};
Debug.print(debug_show (point.x, point.norm2()));
