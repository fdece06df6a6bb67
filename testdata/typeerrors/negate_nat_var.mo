let n : Nat = 5;
let m : Nat = -n;
