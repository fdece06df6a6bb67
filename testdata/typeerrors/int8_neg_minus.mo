let a : Int8 = -100;
let b = a - 200;
