// debug_show of Int is signed unless zero; Int.toText shows no `+`.
import Debug "mo:base/Debug";
import Int "mo:base/Int";

let zero : Int = 0;
let five : Int = 5;
Debug.print(debug_show zero);
Debug.print(debug_show five);
Debug.print(debug_show (-5));
Debug.print(debug_show (-1_234_567 : Int));
Debug.print(debug_show (five * 1_000_000));
Debug.print(debug_show (-(2 ** 80) : Int));
Debug.print(Int.toText(five));
Debug.print(Int.toText(-12345));
