import Option "mo:base/Option";
import Debug "mo:base/Debug";

let some : ?Nat = ?5;
let none : ?Nat = null;
Debug.print(debug_show (Option.get<Nat>(some, 0), Option.get<Nat>(none, 0)));
Debug.print(debug_show (Option.map<Nat, Text>(some, func(x : Nat) : Text { debug_show (x + 1) }), Option.map<Nat, Text>(none, func(x : Nat) : Text { "never" })));
Debug.print(debug_show (Option.isSome(some), Option.isSome(none), Option.isNull(some), Option.isNull(none)));
Debug.print(debug_show (Option.isSome(?null), Option.isNull(?null)));
Debug.print(debug_show (Option.unwrap<Nat>(some)));
let nested : ??Int = ?null;
Debug.print(debug_show (Option.get<?Int>(nested, ?1), Option.unwrap<?Int>(nested)));
Debug.print(debug_show (Option.getMapped<Nat, Text>(some, func(n : Nat) : Text { debug_show (n * 2) }, "none"), Option.getMapped<Nat, Text>(none, func(n : Nat) : Text { "never" }, "none")));
