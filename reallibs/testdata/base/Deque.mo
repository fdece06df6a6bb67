// motoko-base Deque: a double-ended queue.
import Deque "mo:base/Deque";
import Debug "mo:base/Debug";

var d = Deque.empty<Nat>();
Debug.print(debug_show (Deque.isEmpty(d), Deque.peekFront(d), Deque.popBack(d) == null));
d := Deque.pushBack(d, 1);
d := Deque.pushBack(d, 2);
d := Deque.pushFront(d, 0);
Debug.print(debug_show (Deque.peekFront(d), Deque.peekBack(d), Deque.isEmpty(d)));
var out = "";
var more = true;
while more {
  switch (Deque.popFront(d)) {
    case null { more := false };
    case (?(x, rest)) { out #= debug_show x # " "; d := rest };
  };
};
Debug.print(out);
d := Deque.pushFront(Deque.pushFront(Deque.empty<Nat>(), 5), 6);
switch (Deque.popBack(d)) { case (?(rest, x)) Debug.print(debug_show (x, Deque.peekBack(rest))); case null {} };
