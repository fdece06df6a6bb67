let m : ?Nat = ?1;
let b = m == 1;
