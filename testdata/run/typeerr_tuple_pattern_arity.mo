// A tuple pattern with the wrong number of components.
let pair = (1, "one");
let (a, b, c) = pair;
