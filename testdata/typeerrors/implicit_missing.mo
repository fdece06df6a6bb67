// An implicit argument left out with no declaration of its name in scope.
type Order = { #less; #equal; #greater };
func max<K>(a : K, b : K, compare : (implicit : (K, K) -> Order)) : K {
  switch (compare(a, b)) { case (#less) b; case _ a };
};
type Point = { x : Nat };
ignore max<Point>({ x = 1 }, { x = 2 });
