type Box<T> = { v : T };
let b : Box<Nat> = { v = 1 };
let k : Nat = b;
