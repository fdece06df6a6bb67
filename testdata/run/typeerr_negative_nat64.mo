// A negative literal for an unsigned type.
let offset : Nat64 = -8;
