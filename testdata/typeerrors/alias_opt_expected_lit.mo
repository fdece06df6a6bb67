type M = ?Nat;
let v : M = "a";
