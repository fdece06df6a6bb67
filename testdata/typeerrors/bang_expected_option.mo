// Inside do ? {}, the operand of ! is checked against the option of the expected type.
let m : ?Text = ?"a";
let r : ?Nat = do ? { m! };
