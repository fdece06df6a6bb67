// An empty block where a Nat is expected.
func answer() : Nat { };
