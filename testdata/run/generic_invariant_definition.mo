// A type argument under a mutable part of a definition's body is fixed
// by the expected type, as it would be written out: List<R> with R in a
// var field makes R the expected Int, not the Nat the function gives.
import Prim "mo:⛔";
type Box<T> = { var item : ?T };
func empty<T>() : Box<T> = { var item = null };
func map<T, R>(b : Box<T>, f : T -> R) : Box<R> = {
  var item = switch (b.item) { case null null; case (?x) ?f(x) };
};
let nats : Box<Nat> = { var item = ?3 };
let ints : Box<Int> = map(nats, func x = x * 2);
ints.item := ?(-1);
let none : Box<Text> = empty();
Prim.debugPrint(debug_show (ints.item, none.item));
