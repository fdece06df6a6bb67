// In a least upper bound a type variable stands for its bound.
func pick<T <: { a : Nat }, U <: { a : Nat; b : Nat }>(t : T, u : U, left : Bool) : Nat {
  let x = if left t else u;
  x.b
};
