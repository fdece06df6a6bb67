let n : Nat = 5;
let w : Nat64 = n;
