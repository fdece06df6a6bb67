// A type definition may use generic definitions and classes declared
// after it in the same block.
import Debug "mo:base/Debug";
type A<X> = ?B<X>;
type B<Y> = [Y];
type T = C<Nat>;
class C<Z>(z : Z) { public let x = z };
func f() : Nat {
  type P<X <: Q<Nat>> = (X, Q<X>);
  type Q<Y> = [Y];
  let p : P<[Nat]> = ([1], [[2]]);
  p.1[0][0]
};
let a : A<Nat> = ?[1];
let c : T = C<Nat>(3);
Debug.print(debug_show (a, c.x, f()));
