// A generic linked list with map and fold.
import Debug "mo:base/Debug";

type List<T> = ?{ head : T; tail : List<T> };
func push<T>(x : T, l : List<T>) : List<T> { ?{ head = x; tail = l } };
func map<A, B>(l : List<A>, f : A -> B) : List<B> {
  switch l { case null null; case (?c) ?{ head = f(c.head); tail = map(c.tail, f) } };
};
func fold<A, R>(l : List<A>, acc : R, f : (R, A) -> R) : R {
  switch l { case null acc; case (?c) fold(c.tail, f(acc, c.head), f) };
};
let l = push(1, push(2, push(3, null)));
let texts = map<Nat, Text>(l, func n = debug_show (n * 10));
Debug.print(fold<Text, Text>(texts, "", func(a, t) = a # t # ","));
Debug.print(debug_show fold<Nat, Nat>(l, 0, func(a, n) = a + n));
Debug.print(debug_show l);
