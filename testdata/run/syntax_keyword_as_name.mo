// A keyword cannot be used as a variable name.
let switch = 3;
