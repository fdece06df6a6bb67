// The smallest program: print a line, then a computed one.
import Debug "mo:base/Debug";
import Nat "mo:base/Nat";

Debug.print("Hello, Motoko!");
let name = "mori";
let year = 2025;
Debug.print("Greetings from " # name # ", " # Nat.toText(year) # ".");
Debug.print(debug_show (name, year, [1, 2, 3]));
