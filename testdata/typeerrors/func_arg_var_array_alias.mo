type Buf = [var Nat];
func f(b : Buf) {};
f([1]);
