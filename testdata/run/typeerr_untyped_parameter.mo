// A parameter needs a type.
let inc = func (x) = x + 1;
