// A switch with no matching case traps.
import Debug "mo:base/Debug";

func label_(n : Nat) : Text {
  switch n {
    case 1 "one";
    case 2 "two";
  };
};
Debug.print(label_(1));
Debug.print(label_(2));
Debug.print(label_(3));
