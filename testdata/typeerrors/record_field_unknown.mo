let r = { a = 1 };
let u = r.b;
