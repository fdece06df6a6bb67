func f() : Nat { };
