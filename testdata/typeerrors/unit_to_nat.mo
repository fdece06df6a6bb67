let n : Nat = ();
