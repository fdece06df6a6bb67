// switch on negative Int and fixed-width literals.
import Debug "mo:base/Debug";

func sign(i : Int) : Text {
  switch i { case (-1) "minus one"; case 0 "zero"; case 1 "one"; case _ "other" };
};
func byte(b : Nat8) : Text {
  switch b { case 255 "max"; case 0 "min"; case _ "mid" };
};
Debug.print(sign(-1) # ", " # sign(0) # ", " # sign(1) # ", " # sign(-7));
Debug.print(byte(255) # ", " # byte(0) # ", " # byte(7));
