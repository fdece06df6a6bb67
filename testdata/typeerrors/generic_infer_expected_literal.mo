func either<T>(a : T, b : T) : T = a;
let small : Int8 = -4;
let wide = either(small, 3); // accepted: T is Any
ignore wide;
let narrow : Int8 = either(small, 3);
