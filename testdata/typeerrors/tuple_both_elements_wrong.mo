let p : (Nat, Text) = ("x", 1);
