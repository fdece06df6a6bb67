let t = "abc";
let n : Nat = t.size;
