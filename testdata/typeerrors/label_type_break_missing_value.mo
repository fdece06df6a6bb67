let x : Nat = label l : Nat { break l };
