// Int division truncates toward zero; the remainder takes the dividend's sign.
import Debug "mo:base/Debug";

let a : Int = -7;
let b : Int = 2;
Debug.print(debug_show (a + b));
Debug.print(debug_show (a - b));
Debug.print(debug_show (a * b));
Debug.print(debug_show (a / b));
Debug.print(debug_show (a % b));
Debug.print(debug_show (7 / -2 : Int));
Debug.print(debug_show (7 % -2 : Int));
Debug.print(debug_show (a ** 3));
Debug.print(debug_show (b - 10));
Debug.print(debug_show ((-3) ** 41 : Int));
