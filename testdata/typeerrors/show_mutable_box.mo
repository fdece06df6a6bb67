let r = { var n = 1 };
let s : Nat = debug_show r;
