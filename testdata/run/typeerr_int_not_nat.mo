// Int is not a subtype of Nat.
let i : Int = 5;
let n : Nat = i;
