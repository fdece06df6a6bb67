let o : { a : Nat; b : Nat } = object { public let a = 1 };
