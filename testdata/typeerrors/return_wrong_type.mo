func f() : Nat { return "x" };
