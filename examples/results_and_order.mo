// Error handling with Result, and ordering with Order: parse numbers, then
// sort them with a compare function.
import Debug "mo:base/Debug";
import Result "mo:base/Result";
import Order "mo:base/Order";
import Nat "mo:base/Nat";
import Array "mo:base/Array";

func parse(t : Text) : Result.Result<Nat, Text> {
  switch (Nat.fromText(t)) {
    case (?n) { #ok n };
    case null { #err("not a number: " # t) };
  }
};

let inputs = ["42", "7", "seven", "100", ""];
var good : [Nat] = [];
for (t in inputs.vals()) {
  let r = parse(t);
  Debug.print(debug_show (t, r, Result.isOk(r)));
  switch r {
    case (#ok n) { good := Array.append<Nat>(good, [n]) };
    case (#err _) {};
  };
};

func describe(o : Order.Order) : Text {
  switch o {
    case (#less) "less";
    case (#equal) "equal";
    case (#greater) "greater";
  }
};
Debug.print("compare 7 42: " # describe(Nat.compare(7, 42)));
Debug.print("compare 42 42: " # describe(Nat.compare(42, 42)));

// Insertion sort driven by Nat.compare.
func sort(xs : [Nat]) : [Nat] {
  let a = Array.thaw<Nat>(xs);
  var i = 1;
  while (i < a.size()) {
    var j = i;
    while (j > 0 and Nat.compare(a[j - 1], a[j]) == #greater) {
      let t = a[j];
      a[j] := a[j - 1];
      a[j - 1] := t;
      j -= 1;
    };
    i += 1;
  };
  Array.freeze<Nat>(a)
};
Debug.print("sorted: " # debug_show sort(good));
