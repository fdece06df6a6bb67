// A type argument under a mutable array of the result, bounded only by an
// argument from below, has no "best" choice: Nat or Int would both do.
func fill<T>(x : T, n : Nat) : [var T] = [var x];
let a = fill(1, 3);
