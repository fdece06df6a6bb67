// A mutable array literal where an immutable one is expected.
func total(xs : [Nat]) : Nat { xs.size() };
let n = total([var 1, 2]);
