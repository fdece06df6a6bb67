// moc suggests conversion functions from the imported modules.
import Nat64 "mo:base/Nat64";
let n : Nat = 5;
let x : Nat64 = n;
