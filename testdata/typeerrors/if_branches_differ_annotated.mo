let x : Nat = if (true) 1 else "no";
