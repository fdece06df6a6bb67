// The shift amount must have the same type as the shifted value.
let a : Nat8 = 1;
let s : Nat32 = 3;
let r = a << s;
