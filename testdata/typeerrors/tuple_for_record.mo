let r : { a : Nat } = (1);
