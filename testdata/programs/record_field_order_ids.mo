// Records whose fields call a shared id generator: fields are evaluated in the order written,
// not in the (alphabetical) order they are printed in.
import Debug "mo:base/Debug";
import Nat "mo:base/Nat";

var counter = 0;
func nextId() : Nat { counter += 1; counter };
func stamp(what : Text) : Text { let id = nextId(); Debug.print("stamp " # what # " at " # Nat.toText(id)); what # "#" # Nat.toText(id) };

type Ticket = { title : Text; id : Nat; assignee : Text; created : Nat };

func open(title : Text, who : Text) : Ticket {
  { title = stamp(title); id = nextId(); created = nextId(); assignee = stamp(who) }
};

let t1 = open("crash on start", "ann");
let t2 = open("typo", "bo");
Debug.print(debug_show t1);
Debug.print(debug_show t2);

let moved = { t1 with created = nextId(); assignee = stamp("cy") };
Debug.print(debug_show moved);

let pair = { zeta = nextId(); alpha = nextId() };
Debug.print(debug_show pair);
let mixed = { var b = nextId(); a = nextId(); var c = nextId() };
Debug.print(debug_show (mixed.a, mixed.b, mixed.c));
