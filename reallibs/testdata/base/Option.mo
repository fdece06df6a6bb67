// motoko-base Option.
import Option "mo:base/Option";
import Nat "mo:base/Nat";
import Debug "mo:base/Debug";

let some : ?Nat = ?5;
let none : ?Nat = null;
Debug.print(debug_show (Option.get(some, 0), Option.get(none, 0), Option.getMapped<Nat, Text>(some, Nat.toText, "-"), Option.map<Nat, Nat>(some, func x = x + 1), Option.map<Nat, Nat>(none, func x = x + 1)));
var seen = 0;
Option.iterate<Nat>(some, func x { seen := x });
Debug.print(debug_show (seen, Option.apply<Nat, Nat>(some, ?(func x = x * 3)), Option.chain<Nat, Nat>(some, func x = if (x > 3) ?x else null), Option.flatten<Nat>(??1), Option.make(7)));
Debug.print(debug_show (Option.isSome(some), Option.isNull(none), Option.equal(some, ?5, Nat.equal), Option.equal(some, none, Nat.equal), Option.unwrap(some)));
Option.assertSome(some);
Option.assertNull(none);
Debug.print("asserts hold");
