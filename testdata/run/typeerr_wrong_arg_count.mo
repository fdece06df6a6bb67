// Calling a two-parameter function with three arguments.
func add(a : Nat, b : Nat) : Nat { a + b };
let s = add(1, 2, 3);
