// ! on a value that is not an option, inside do ? {} with an expected type.
let r : ?Nat = do ? { let n = 5; n! };
