type Box<T> = T;
let n : Box<Text> = 5;
