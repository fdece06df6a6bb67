// Two bases with a field of the same name make it ambiguous.
let a = { x = 1; y = 2 };
let b = { x = 3 };
let c = { a and b with z = 0 };
