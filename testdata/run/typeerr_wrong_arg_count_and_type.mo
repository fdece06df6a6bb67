// Too many arguments, the first of the wrong type: moc explains the first mismatch.
func add(a : Nat, b : Nat) : Nat { a + b };
let s = add("x", 2, 3);
