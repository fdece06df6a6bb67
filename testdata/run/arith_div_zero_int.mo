// Int division by zero traps.
import Debug "mo:base/Debug";

func ratio(a : Int, b : Int) : Int { a / b };
Debug.print(debug_show ratio(-9, 3));
Debug.print(debug_show ratio(9, 0));
