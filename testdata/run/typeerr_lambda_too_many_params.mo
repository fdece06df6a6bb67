// A function literal with two parameters where one is expected.
func apply(f : Nat -> Nat) : Nat = f 1;
ignore apply(func(x : Nat, y : Nat) : Nat { x + y });
