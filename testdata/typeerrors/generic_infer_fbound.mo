func below<A, B <: A>(a : A, b : B) : A = a;
let r = below(1, 2);
