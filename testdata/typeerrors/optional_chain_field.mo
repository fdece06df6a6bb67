let r : ?{ a : Nat } = ?{ a = 1 };
let a = r.a;
