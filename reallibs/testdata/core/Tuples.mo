// motoko-core Tuples: pairs, triples and quadruples.
import Tuples "mo:core/Tuples";
import Nat "mo:core/Nat";
import Text "mo:core/Text";
import Bool "mo:core/Bool";
import Debug "mo:core/Debug";

let T2 = Tuples.Tuple2;
let T3 = Tuples.Tuple3;
let T4 = Tuples.Tuple4;
let p = (1, "one");
Debug.print(debug_show (T2.swap(p), T2.toText(p), T2.equal(p, (1, "one")), T2.compare(p, (1, "two")), T2.makeToText<Nat, Text>()((2, "b")), T2.makeEqual<Nat, Text>()(p, p), T2.makeCompare<Nat, Text>()(p, (0, "z"))));
let t = (1, true, "x");
Debug.print(debug_show (T3.toText(t), T3.equal(t, t), T3.compare(t, (1, false, "x")), T3.makeToText<Nat, Bool, Text>()(t), T3.makeEqual<Nat, Bool, Text>()(t, t), T3.makeCompare<Nat, Bool, Text>()(t, t)));
let q = (1, 2, 3, 4);
Debug.print(debug_show (T4.toText(q), T4.equal(q, q), T4.compare(q, (1, 2, 3, 5)), T4.makeToText<Nat, Nat, Nat, Nat>()(q), T4.makeEqual<Nat, Nat, Nat, Nat>()(q, q), T4.makeCompare<Nat, Nat, Nat, Nat>()(q, q)));
