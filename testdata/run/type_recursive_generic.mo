// Recursive generic definitions that do not grow are fine.
import Debug "mo:base/Debug";
type L<A> = ?(A, L<A>);
type S<A, B> = ?(A, S<B, A>);
type W<A> = { x : A; w : ?W<Nat> };
type P<A> = ?P<A>;
let l : L<Nat> = ?(1, ?(2, null));
let s : S<Nat, Text> = ?(1, ?("a", null));
let w : W<Text> = { x = "b"; w = ?{ x = 3; w = null } };
let p : P<Int> = ?null;
Debug.print(debug_show (l, s, w, p));
