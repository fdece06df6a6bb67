func half(n : Nat) : Nat { n / 2 };
let i : Int = -4;
let r = half(i);
