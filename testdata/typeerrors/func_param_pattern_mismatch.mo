func f((a, b) : Nat) {};
