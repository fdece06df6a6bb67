// `A and B` is the greatest lower bound of A and B, `A or B` the least
// upper bound; records with bases `{a and b with ...}` combine fields and
// type members.
import Prim "mo:⛔";

type Named = { name : Text };
type Aged = { age : Nat };
type Person = Named and Aged;
type Shape = { #circle : Nat } or { #square : Nat };
type Num = Nat or Int; // Int
type Node<T> = { #node : (T, Tail<T>) }; // defined before the union uses it
type Tail<T> = Node<T> or { #nil };

func describe(p : Person) : Text = p.name # " " # debug_show p.age;
func area(s : Shape) : Nat = switch s { case (#circle r) 3 * r * r; case (#square a) a * a };
func length<T>(l : Tail<T>) : Nat = switch l { case (#nil) 0; case (#node(_, t)) 1 + length t };

let n = { name = "Ada" };
let a = { age = 36 };
Prim.debugPrint(describe { n and a });
Prim.debugPrint(describe { n and a with age = 37 });
Prim.debugPrint(debug_show (area(#circle 2), area(#square 3)));
let x : Num = -5;
Prim.debugPrint(debug_show x);
Prim.debugPrint(debug_show length<Nat>(#node(1, #node(2, #nil))));

// A type member travels with the record it is copied from.
module M { public type T = Nat; public let x : T = 42 };
let r = { M with y = 1 };
let t : { type T = Nat; x : Nat; y : Nat } = r;
Prim.debugPrint(debug_show (t.x, t.y));

// The explicit fields override the bases' fields of the same name.
let over = { a and n with name = "Grace"; age = 85 };
Prim.debugPrint(debug_show over);
