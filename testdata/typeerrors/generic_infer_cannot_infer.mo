func call<A, B>(f : A -> B) : ?B = null;
let r = call(func x = 10);
