type P = { x : Int };
let q : P = 5;
