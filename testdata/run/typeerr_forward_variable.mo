// Using a name before its declaration has been reached.
let answer = double(21);
func double(n : Nat) : Nat { n * 2 };
