// `e : T` gives literals and operators their type.
import Debug "mo:base/Debug";

Debug.print(debug_show (200 : Nat8));
Debug.print(debug_show (200 + 55 : Nat8));
Debug.print(debug_show (7 : Int));
Debug.print(debug_show ((7 : Int) + 1));
Debug.print(debug_show (-1 : Int16));
Debug.print(debug_show (2 ** 40 : Nat64));
Debug.print(debug_show (10 / 4 : Float));
