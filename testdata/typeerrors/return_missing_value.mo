func f() : Nat { return };
