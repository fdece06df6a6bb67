func apply<A, B>(f : A -> B, x : A) : B = f x;
let t : Text = apply(func n = n + 1, 5);
