import Array "mo:base/Array";
let xs = Array.map<Nat, Nat>([1, 2], func (x : Nat) : Text { "a" });
