// Mutable arrays are invariant.
let nats : [var Nat] = [var 1, 2];
let ints : [var Int] = nats;
