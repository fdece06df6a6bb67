type Name = Text;
let n : Name = "a";
let k : Nat = n;
