let a : Nat = 5;
let b : Int = 3;
let c : Nat = a - b;
