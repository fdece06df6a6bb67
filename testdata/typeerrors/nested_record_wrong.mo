let r : { inner : { v : Nat } } = { inner = { v = "x" } };
