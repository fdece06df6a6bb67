func fst<T>(p : (T, Nat16)) : T = p.0;
let r = fst(("x", 70000));
