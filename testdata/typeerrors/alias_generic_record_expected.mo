type Box<T> = { v : T };
let k = 5;
let b : Box<Nat> = k;
