// The explicit type argument fixes the parameter type.
func identity<T>(x : T) : T { x };
let v = identity<Nat>("a");
