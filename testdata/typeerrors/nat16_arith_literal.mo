let a : Nat16 = 1;
let b = a + 70000;
