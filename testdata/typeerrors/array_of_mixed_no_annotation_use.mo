let xs = [1, "a"];
let n : Nat = xs[0];
