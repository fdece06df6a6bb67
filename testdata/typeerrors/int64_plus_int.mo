let a : Int64 = 1;
let b : Int = 2;
let c = a + b;
