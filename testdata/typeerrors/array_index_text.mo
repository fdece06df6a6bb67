let xs = [1, 2, 3];
let y = xs["0"];
