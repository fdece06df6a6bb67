module M { public type Box<T> = { v : T } };
let b : M.Box = { v = 1 };
