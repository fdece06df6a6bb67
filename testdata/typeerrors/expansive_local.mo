// A block of a function body is checked as well.
func f() : Nat {
  type T<A> = { next : () -> T<[A]> };
  0
};
