// A definition applied to itself grows without end.
type P<A> = ?P<P<A>>;
