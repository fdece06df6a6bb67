// Averages per group; an empty group divides by zero.
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Nat "mo:base/Nat";

type Group = { name : Text; scores : [Nat] };

func average(xs : [Nat]) : Nat = Array.foldLeft<Nat, Nat>(xs, 0, Nat.add) / xs.size();

let groups : [Group] = [
  { name = "red"; scores = [70, 80, 90] },
  { name = "blue"; scores = [55, 65] },
  { name = "green"; scores = [] },
];
for (g in groups.vals()) {
  Debug.print(g.name # ": " # Nat.toText(average(g.scores)));
};
