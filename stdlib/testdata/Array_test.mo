import Array "mo:base/Array";
import Debug "mo:base/Debug";
import Nat "mo:base/Nat";
import Int "mo:base/Int";

var calls = "";
let squares = Array.tabulate<Nat>(5, func(i : Nat) : Nat { calls #= debug_show i; i * i });
Debug.print(debug_show squares # " generator calls " # calls);
Debug.print(debug_show (Array.tabulate<Text>(0, func(i : Nat) : Text { "never" })));
let filled = Array.init<Int>(3, -1);
filled[1] := 5;
Debug.print(debug_show filled);
Debug.print(debug_show (Array.init<Bool>(0, true)));

let xs : [Nat] = [3, 1, 4, 1, 5, 9, 2, 6];
Debug.print(debug_show (Array.map<Nat, Text>(xs, func(x : Nat) : Text { debug_show (x * 10) })));
Debug.print(debug_show (Array.map<Nat, Nat>([], func(x : Nat) : Nat { x })));
Debug.print(Array.foldLeft<Nat, Text>(xs, "start", func(acc : Text, x : Nat) : Text { "(" # acc # "+" # debug_show x # ")" }));
Debug.print(Array.foldRight<Nat, Text>(xs, "end", func(x : Nat, acc : Text) : Text { "(" # debug_show x # "+" # acc # ")" }));
Debug.print(debug_show (Array.foldLeft<Nat, Int>([], -3, func(acc : Int, x : Nat) : Int { acc + x })));
Debug.print(debug_show (Array.foldRight<Nat, Int>([], -3, func(x : Nat, acc : Int) : Int { acc + x })));
Debug.print(debug_show (Array.append<Nat>(xs, [7, 8]), Array.append<Nat>([], [1]), Array.append<Nat>([2], []), Array.append<Nat>([], [])));

var seen = "";
let odd = Array.filter<Nat>(xs, func(x : Nat) : Bool { seen #= debug_show x; x % 2 == 1 });
Debug.print(debug_show odd # " predicate calls " # seen);
Debug.print(debug_show (Array.filter<Nat>(xs, func(x : Nat) : Bool { false }), Array.filter<Nat>(xs, func(x : Nat) : Bool { true })));

let frozen = Array.freeze<Int>(filled);
filled[0] := 100;
Debug.print(debug_show (frozen, filled));
Debug.print(debug_show (Array.freeze<Nat>([var])));
let thawed = Array.thaw<Nat>(xs);
thawed[0] := 0;
Debug.print(debug_show (thawed, xs));
Debug.print(debug_show (Array.thaw<Nat>([])));

var listed = "";
for (x in Array.vals<Nat>(xs)) { listed #= debug_show x # ";" };
for (i in Array.keys<Nat>(xs)) { listed #= debug_show i # ","; };
for (i in Array.keys<Nat>([])) { listed #= "never" };
Debug.print(listed);

Debug.print(debug_show (Array.reverse<Nat>(xs), Array.reverse<Nat>([]), Array.reverse<Text>(["one"])));
var tried = "";
let found = Array.find<Nat>(xs, func(x : Nat) : Bool { tried #= debug_show x; x > 4 });
Debug.print(debug_show found # " after " # tried);
Debug.print(debug_show (Array.find<Nat>(xs, func(x : Nat) : Bool { x > 100 }), Array.find<Nat>([], func(x : Nat) : Bool { true })));
Debug.print(debug_show (Array.subArray<Nat>(xs, 2, 3), Array.subArray<Nat>(xs, 0, 8), Array.subArray<Nat>(xs, 8, 0), Array.subArray<Nat>(xs, 3, 0)));
let unsorted : [Nat] = [5, 3, 9, 1, 3, 7, 0, 12, 5, 2, 8];
Debug.print(debug_show (Array.sort<Nat>(unsorted, Nat.compare), unsorted, Array.sort<Nat>([], Nat.compare), Array.sort<Nat>([4], Nat.compare)));
let byFirst = func(a : (Nat, Text), b : (Nat, Text)) : { #less; #equal; #greater } { Nat.compare(a.0, b.0) };
Debug.print(debug_show Array.sort<(Nat, Text)>([(2, "a"), (1, "b"), (2, "c"), (1, "d"), (0, "e"), (2, "f"), (1, "g")], byFirst));
let inPlace : [var Int] = [var 3, -1, 4, -1, 5, -9, 2, 6];
Array.sortInPlace<Int>(inPlace, func(a : Int, b : Int) : { #less; #equal; #greater } { Nat.compare(Int.abs(b), Int.abs(a)) });
Debug.print(debug_show inPlace);
let empty : [var Nat] = [var];
Array.sortInPlace<Nat>(empty, Nat.compare);
Debug.print(debug_show (empty, Array.size<Nat>(unsorted), Array.size<Nat>([])));
Debug.print(debug_show (Array.indexOf<Nat>(3, unsorted, Nat.equal), Array.indexOf<Nat>(4, unsorted, Nat.equal), Array.lastIndexOf<Nat>(3, unsorted, Nat.equal), Array.nextIndexOf<Nat>(5, unsorted, 1, Nat.equal), Array.prevIndexOf<Nat>(5, unsorted, 8, Nat.equal)));
