import Nat "mo:base/Nat";
let s = Nat.toText("5");
