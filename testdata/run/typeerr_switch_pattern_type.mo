// A Text pattern cannot match a Nat.
let n = 3;
let t = switch n { case "three" 3; case _ 0 };
