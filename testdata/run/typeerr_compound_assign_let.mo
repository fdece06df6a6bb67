// Compound assignment needs a mutable target.
let count = 0;
count += 1;
