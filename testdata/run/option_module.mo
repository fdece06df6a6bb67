// Option functions from the base library.
import Debug "mo:base/Debug";
import Option "mo:base/Option";

let some : ?Nat = ?4;
let none : ?Nat = null;
Debug.print(debug_show (Option.get(some, 0), Option.get(none, 0)));
Debug.print(debug_show Option.map<Nat, Text>(some, func n = debug_show (n + 1)));
Debug.print(debug_show Option.map<Nat, Text>(none, func n = debug_show n));
Debug.print(debug_show (Option.isSome(some), Option.isSome(none)));
Debug.print(debug_show (Option.isNull(some), Option.isNull(none)));
Debug.print(debug_show Option.unwrap(some));
