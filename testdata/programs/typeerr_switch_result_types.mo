// A switch whose cases disagree with the declared result type.
import Debug "mo:base/Debug";

type Coin = { #penny; #nickel; #dime };

func cents(c : Coin) : Nat {
  switch c {
    case (#penny) 1;
    case (#nickel) 5;
    case (#dime) "ten";
  }
};
Debug.print(debug_show cents(#dime));
