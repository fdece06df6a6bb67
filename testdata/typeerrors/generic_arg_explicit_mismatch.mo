func id<T>(x : T) : T { x };
let y = id<Text>(5);
