// motoko-base AssocList: association lists.
import AssocList "mo:base/AssocList";
import List "mo:base/List";
import Text "mo:base/Text";
import Nat "mo:base/Nat";
import Debug "mo:base/Debug";

type AL = AssocList.AssocList<Text, Nat>;
var m : AL = List.nil();
m := AssocList.replace<Text, Nat>(m, "a", Text.equal, ?1).0;
m := AssocList.replace<Text, Nat>(m, "b", Text.equal, ?2).0;
let (m2, old) = AssocList.replace<Text, Nat>(m, "a", Text.equal, ?10);
let (m3, removed) = AssocList.replace<Text, Nat>(m2, "b", Text.equal, null);
Debug.print(debug_show (AssocList.find(m, "a", Text.equal), old, removed, List.toArray(m2), List.toArray(m3)));
let other : AL = List.fromArray([("b", 20), ("c", 30)]);
Debug.print(debug_show List.toArray(AssocList.diff<Text, Nat, Nat>(m, other, Text.equal)));
Debug.print(debug_show List.toArray(AssocList.join<Text, Nat, Nat, Nat>(m, other, Text.equal, Nat.add)));
Debug.print(debug_show List.toArray(AssocList.disj<Text, Nat, Nat, Text>(m, other, Text.equal, func(x, y) = debug_show (x, y))));
Debug.print(debug_show List.toArray(AssocList.mapAppend<Text, Nat, Nat, Nat>(m, other, func(x, y) = switch (x, y) { case (?a, _) a; case (_, ?b) b; case _ 0 })));
Debug.print(debug_show List.toArray(AssocList.disjDisjoint<Text, Nat, Nat, Nat>(m, List.fromArray([("z", 26)]), func(x, y) = switch (x, y) { case (?a, _) a; case (_, ?b) b; case _ 0 })));
Debug.print(debug_show AssocList.fold<Text, Nat, Text>(m, "", func(k, v, acc) = acc # k # "=" # Nat.toText(v) # ";"));
