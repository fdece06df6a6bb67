func id<T>(x : T) : T { x };
let s : Text = id(5);
