func find() : ?Nat { 5 };
