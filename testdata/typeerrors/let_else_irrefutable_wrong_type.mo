func f() { let (a : Text) = 5 else { return } };
