let t = "abc";
let c = t[0];
