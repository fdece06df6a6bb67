func add(a : Nat, b : Nat) : Nat { a + b };
let s = add(1, "2");
