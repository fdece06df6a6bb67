// A let's value cannot use a name declared below it directly.
let y = x + 1;
let x = 1;
