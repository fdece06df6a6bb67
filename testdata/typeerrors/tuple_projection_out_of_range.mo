let t = (1, 2);
let z = t.2;
