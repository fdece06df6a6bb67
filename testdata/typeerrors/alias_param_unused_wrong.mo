type Id<T> = T;
let x : Id<Text> = 1;
