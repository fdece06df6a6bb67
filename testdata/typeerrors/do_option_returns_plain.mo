let r : Nat = do ? { 1 };
