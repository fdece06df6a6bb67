// motoko-core Option.
import Option "mo:core/Option";
import Nat "mo:core/Nat";
import Debug "mo:core/Debug";

let some : ?Nat = ?5;
let none : ?Nat = null;
Debug.print(debug_show (some.get(0), none.get(0), some.getMapped<Nat, Text>(Nat.toText, "-"), some.map<Nat, Nat>(func x = x + 1), none.map<Nat, Nat>(func x = x + 1)));
var seen = 0;
some.forEach(func x { seen := x });
Debug.print(debug_show (seen, some.apply<Nat, Nat>(?(func x = x * 3)), some.chain<Nat, Nat>(func x = if (x > 3) ?x else null), Option.flatten<Nat>(??1), Option.some<Nat>(7)));
Debug.print(debug_show (some.isSome(), none.isNull(), some.equal(?5), some.compare(none), some.unwrap(), some.toText(), none.toText()));
