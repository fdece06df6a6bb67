func f<T <: { x : Nat }>(r : T) : Text { r.x };
