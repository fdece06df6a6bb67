let r = { a = 1 };
let (x, y) = r;
