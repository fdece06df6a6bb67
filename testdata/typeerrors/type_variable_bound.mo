func f<T>(x : T) : Nat { x };
