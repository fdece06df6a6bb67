// not needs a Bool.
let b = not 1;
