// A definition that renames a non-productive one is non-productive too.
type A = B;
type B = C;
type C = B;
type D = A;
type E = E;
type F = ?F;
