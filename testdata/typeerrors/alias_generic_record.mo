type Pair<A> = { fst : A; snd : A };
let p : Pair<Nat> = { fst = 1; snd = "2" };
