// Passing Text where Nat is expected.
func square(n : Nat) : Nat { n * n };
let s = square("three");
