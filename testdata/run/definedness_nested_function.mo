// b needs p through the function g nested in its body; p is declared after
// the call of b. The definedness check follows only the block's own names.
func b() : Nat { func g() : Nat { p() }; g() };
let y = b();
func p() : Nat { 1 };
