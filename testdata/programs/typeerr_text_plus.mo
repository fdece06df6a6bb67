// Concatenating text with + instead of #.
import Debug "mo:base/Debug";

func greet(name : Text, times : Nat) : Text {
  var s = "";
  for (_ in [1, 2, 3].vals()) { s := s + name };
  s
};

Debug.print(greet("hi ", 3));
