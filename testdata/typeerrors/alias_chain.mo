type A = Text;
type B = A;
let k = 5;
let b : B = k;
