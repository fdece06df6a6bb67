let a : Nat = 1;
let b : Int = -1;
let c : Nat = a + b;
