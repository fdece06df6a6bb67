// An immutable record field cannot be assigned.
let r = { a = 1; var b = 2 };
r.a := 3;
