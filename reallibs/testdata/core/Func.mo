// motoko-core Func.
import Func "mo:core/Func";
import Nat "mo:core/Nat";
import Debug "mo:core/Debug";

let inc = func(x : Nat) : Nat = x + 1;
let toText = Func.compose<Nat, Nat, Text>(Nat.toText, inc);
Debug.print(debug_show (toText(41), Func.identity<Text>("same"), Func.const<Nat, Text>(7)("ignored")));
