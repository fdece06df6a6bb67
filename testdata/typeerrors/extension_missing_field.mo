// A record extension must give every field the expected type has.
let a = { x = 1 };
let b : { x : Nat; y : Nat; z : Nat } = { a with w = 0 };
