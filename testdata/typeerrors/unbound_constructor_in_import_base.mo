import Nat "mo:base/Nat";
let s = Nat.toTxt(5);
