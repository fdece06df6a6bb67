// Only an annotation around a let's whole pattern types its value; one
// inside the pattern must accept the value's own type.
let (a : Nat8, b) = (1, 2);
ignore (a, b);
