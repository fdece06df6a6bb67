type Pair<A, B> = (A, B);
let p : Pair<Nat> = (1, 2);
