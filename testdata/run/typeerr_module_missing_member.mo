// A module has no member of that name.
import Nat "mo:base/Nat";

let t = Nat.toString(5);
