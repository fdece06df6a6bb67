let a : Nat32 = 5;
let b : Nat64 = 3;
let c = a & b;
