func same<T>(x : T) : T = x;
let title : Text = same(42);
