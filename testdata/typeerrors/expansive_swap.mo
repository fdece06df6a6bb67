// moc marks the argument at the position of the parameter that moves.
type S<A, B> = ?S<B, [A]>;
