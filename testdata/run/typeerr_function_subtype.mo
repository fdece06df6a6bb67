// A function on Nat cannot stand in for a function on Int.
let onlyNat = func(n : Nat) : Nat { n };
let f : Int -> Int = onlyNat;
