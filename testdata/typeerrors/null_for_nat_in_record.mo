let r : { x : Nat } = { x = null };
