// Projection past the end of a tuple.
let t = (1, 2);
let z = t.2;
