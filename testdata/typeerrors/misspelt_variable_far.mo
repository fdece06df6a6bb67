let alpha = 1;
let z = omega;
