let xs = [1, 2];
let n = xs.size(1);
