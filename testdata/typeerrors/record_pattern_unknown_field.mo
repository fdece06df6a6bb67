let r = { a = 1 };
let { b } = r;
