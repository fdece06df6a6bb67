func f() {};
let b = f == f;
