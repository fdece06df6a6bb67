let n = 5;
let s = n.toText();
