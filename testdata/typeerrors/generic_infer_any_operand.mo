func either<T>(a : T, b : T) : T = a;
let small : Int8 = -4;
let wide = either(small, 3);
let next = wide + 1;
