import Iter "mo:base/Iter";
import Debug "mo:base/Debug";

func show(it : Iter.Iter<Nat>) : Text {
  var out = "";
  for (x in it) { out #= debug_show x # " " };
  out
};
func showInt(it : Iter.Iter<Int>) : Text {
  var out = "";
  for (x in it) { out #= debug_show x # " " };
  out
};
Debug.print("range(0, 5): " # show(Iter.range(0, 5)));
Debug.print("range(3, 3): " # show(Iter.range(3, 3)));
Debug.print("range(4, 3): " # show(Iter.range(4, 3)));
Debug.print("range(0, -1): " # show(Iter.range(0, -1)));
Debug.print("revRange(5, 0): " # showInt(Iter.revRange(5, 0)));
Debug.print("revRange(2, -2): " # showInt(Iter.revRange(2, -2)));
Debug.print("revRange(0, 1): " # showInt(Iter.revRange(0, 1)));

let r = Iter.range(1, 2);
Debug.print(debug_show (r.next(), r.next(), r.next(), r.next()));

var mapped = "";
let doubled = Iter.map<Nat, Nat>(Iter.range(1, 4), func(x : Nat) : Nat { mapped #= "f" # debug_show x; x * 2 });
Debug.print("nothing mapped yet: [" # mapped # "]");
Debug.print(debug_show (doubled.next()) # " after " # mapped);
Debug.print(show(doubled) # "after " # mapped);
Debug.print(debug_show (Iter.toArray<Text>(Iter.map<Nat, Text>(Iter.range(1, 3), func(x : Nat) : Text { debug_show x }))));

Debug.print(debug_show (Iter.size<Nat>(Iter.range(1, 10)), Iter.size<Int>(Iter.revRange(0, 1)), Iter.size<Char>("héllo".chars())));
let partly = Iter.range(1, 5);
ignore partly.next();
Debug.print(debug_show (Iter.size<Nat>(partly), partly.next()));

Debug.print(show(Iter.fromArray<Nat>([7, 8, 9])) # "|" # show(Iter.fromArray<Nat>([])));
let fa = Iter.fromArray<Text>(["x"]);
Debug.print(debug_show (fa.next(), fa.next(), fa.next()));

Debug.print(debug_show (Iter.toArray<Nat>(Iter.range(1, 20))));
Debug.print(debug_show (Iter.toArray<Nat>(Iter.range(1, 0))));
Debug.print(debug_show (Iter.toArray<Int>(Iter.revRange(3, -3))));
Debug.print(debug_show (Iter.toArray<Nat>(Iter.fromArray<Nat>([5]))));
Debug.print(debug_show (Iter.size<Nat>(Iter.range(1, 1000)), Iter.toArray<Nat>(Iter.range(1, 1000))[999]));

let typed : Iter.Iter<Text> = { next = func() : ?Text { null } };
Debug.print(debug_show (typed.next()));
var visited = "";
Iter.iterate<Text>(["a", "b", "c"].vals(), func(x : Text, i : Nat) { visited #= x # debug_show i # " " });
Iter.iterate<Nat>(Iter.range(1, 0), func(x : Nat, i : Nat) { visited #= "never" });
Debug.print(visited);
var asked = "";
let evens = Iter.filter<Nat>(Iter.range(1, 9), func(x : Nat) : Bool { asked #= debug_show x; x % 2 == 0 });
Debug.print(debug_show (evens.next(), asked));
Debug.print(debug_show (evens.next(), asked));
Debug.print(show(evens) # " asked " # asked);
Debug.print(debug_show (evens.next()));
