// A Nat cannot be called.
let five = 5;
let r : Nat = five(1);
