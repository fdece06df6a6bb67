// The cycle goes through two definitions.
type A<X> = B<X>;
type B<Y> = ?A<?Y>;
