let i : Int = 5;
let n : Nat8 = i;
