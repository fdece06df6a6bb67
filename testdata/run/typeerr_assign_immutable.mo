// A let binding cannot be assigned.
let x = 1;
x := 2;
