type P = { x : Int };
let k = 5;
let q : P = k;
