// A parameter inside a function type counts too.
type Q<A> = { f : <B>(B) -> Q<[A]> };
