let i : Int = 5;
let n : Nat = i;
