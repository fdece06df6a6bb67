// The literal is typed on its own (Nat) while the type argument is inferred,
// so it does not fit the Nat8 parameter.
func pick<T>(x : T, tag : Nat8) : T { ignore tag; x };
ignore pick("a", 2);
