import Option "mo:base/Option";
let n : Nat = Option.get<Nat>(?1, "0");
