let m : ?Nat = ?3;
let n : Nat = m + 1;
