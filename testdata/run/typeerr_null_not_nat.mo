// null is not a Nat.
let n : Nat = null;
