func g() : Nat { 1 };
let g = "g";
