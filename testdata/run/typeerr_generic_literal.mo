// A literal argument does not get its type through an inferred type parameter.
func identity<T>(x : T) : T { x };
let small : Nat8 = identity(200);
