// Parsing a comma-separated list of numbers with Nat.fromText and a Result error path.
import Debug "mo:base/Debug";
import Nat "mo:base/Nat";
import Int "mo:base/Int";
import Text "mo:base/Text";
import Result "mo:base/Result";
import Array "mo:base/Array";

type ParseError = { #empty; #badNumber : Text; #tooLarge : Nat };

func split(t : Text, sep : Char) : [Text] {
  var parts : [Text] = [];
  var cur = "";
  for (c in t.chars()) {
    if (c == sep) { parts := append(parts, cur); cur := "" } else { cur #= Text.fromChar(c) };
  };
  append(parts, cur)
};

func append(xs : [Text], x : Text) : [Text] {
  let n = xs.size();
  let buf = Prim_tab(n + 1, func i = if (i < n) xs[i] else x);
  buf
};

func Prim_tab(n : Nat, f : Nat -> Text) : [Text] = Array.tabulate<Text>(n, f);

func trim(t : Text) : Text {
  var out = "";
  var pending = "";
  var started = false;
  for (c in t.chars()) {
    if (c == ' ') { if (started) pending #= " " } else {
      started := true;
      out #= pending # Text.fromChar(c);
      pending := "";
    };
  };
  out
};

func parseAll(t : Text, limit : Nat) : Result.Result<[Nat], ParseError> {
  if (t == "") return #err(#empty);
  let parts = split(t, ',');
  var sum = 0;
  let nums = Array.init<Nat>(parts.size(), 0);
  for (i in parts.keys()) {
    let p = trim(parts[i]);
    switch (Nat.fromText(p)) {
      case null return #err(#badNumber p);
      case (?n) {
        if (n > limit) return #err(#tooLarge n);
        nums[i] := n;
        sum += n;
      };
    };
  };
  #ok(Array.freeze nums)
};

for (input in ["1, 2, 3", " 10 ,20,  30 ", "4,x,5", "", "7,,8", "100, 1000000", "007"].vals()) {
  let r = parseAll(input, 1000);
  Debug.print(debug_show input # " => " # debug_show r);
  switch r {
    case (#ok(ns)) Debug.print("  sum " # Nat.toText(Array.foldLeft<Nat, Nat>(ns, 0, Nat.add)));
    case (#err(e)) Debug.print("  error, isErr=" # debug_show Result.isErr(r));
  };
};
Debug.print(Int.toText(-42) # " " # Nat.toText(0) # " " # Int.toText(1_000_000));
