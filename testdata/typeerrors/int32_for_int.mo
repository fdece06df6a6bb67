let a : Int32 = 5;
let b : Int = a;
