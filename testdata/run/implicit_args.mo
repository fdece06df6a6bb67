// Implicit parameters: left out at a call, they are resolved by name from
// the scope, or from the modules in scope by the type they must have.
import Debug "mo:base/Debug";

type Order = { #less; #equal; #greater };

module NatOrd {
  public func compare(a : Nat, b : Nat) : Order {
    if (a < b) #less else if (a == b) #equal else #greater
  };
  public func toText(n : Nat) : Text = debug_show n;
};

module TextOrd {
  public func compare(a : Text, b : Text) : Order {
    if (a < b) #less else if (a == b) #equal else #greater
  };
  public func toText(t : Text) : Text = "'" # t # "'";
};

func max<T>(a : T, b : T, compare : (implicit : (T, T) -> Order)) : T {
  switch (compare(a, b)) { case (#less) b; case _ a }
};

func join<T>(xs : [T], show : (implicit : (toText : T -> Text))) : Text {
  var out = "";
  for (x in xs.vals()) { out := out # show(x) # ";" };
  out
};

Debug.print(debug_show (max(3, 7), max("pear", "apple")));
Debug.print(join([1, 2, 3]) # " " # join(["a", "b"]));
Debug.print(debug_show max(3, 7, func(a : Nat, b : Nat) : Order = NatOrd.compare(b, a)));

do {
  // A local declaration of the name wins over the modules.
  func compare(a : Nat, b : Nat) : Order = NatOrd.compare(b, a);
  Debug.print(debug_show max(3, 7));
};

func top3<T>(a : T, b : T, c : T, compare : (implicit : (T, T) -> Order)) : T {
  // Passed on implicitly: the parameter itself is in scope.
  max(max(a, b), c)
};
Debug.print(debug_show (top3(1, 3, 2), top3("c", "b", "a")));
