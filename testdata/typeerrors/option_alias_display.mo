type MaybeNat = ?Nat;
let m : MaybeNat = ?1;
let k : Nat = m;
