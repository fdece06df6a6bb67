let counter = 1;
let y = countr + 1;
