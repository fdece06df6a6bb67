// An argument typed through an empty generic value (nil() : List<None>)
// leaves the type argument to the other arguments, literals included.
import Prim "mo:⛔";
type List<T> = ?(T, List<T>);
func nil<T>() : List<T> = null;
func cons<T>(x : T, l : List<T>) : List<T> = ?(x, l);
let l = cons(1, cons(2, nil()));
let m = cons(-1, nil());
Prim.debugPrint(debug_show (l, m));
