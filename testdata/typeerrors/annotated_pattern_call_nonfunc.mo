let t = "hi";
let (u : Nat) = t(1);
