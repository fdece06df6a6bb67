// The body's type does not match the declared result.
func name() : Nat { "zero" };
