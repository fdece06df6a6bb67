// motoko-base Func.
import Func "mo:base/Func";
import Nat "mo:base/Nat";
import Debug "mo:base/Debug";

let inc = func(x : Nat) : Nat = x + 1;
let toText = Func.compose<Nat, Nat, Text>(Nat.toText, inc);
Debug.print(debug_show (toText(41), Func.identity<Text>("same"), Func.const<Nat, Text>(7)("ignored")));
