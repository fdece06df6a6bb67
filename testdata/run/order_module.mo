// Order values returned by compare functions.
import Debug "mo:base/Debug";
import Order "mo:base/Order";
import Nat "mo:base/Nat";
import Text "mo:base/Text";

func describe(o : Order.Order) : Text {
  switch o {
    case (#less) "less";
    case (#equal) "equal";
    case (#greater) "greater";
  };
};

Debug.print(describe(Nat.compare(1, 5)));
Debug.print(describe(Text.compare("b", "a")));
let o : Order.Order = #equal;
Debug.print(debug_show o);
