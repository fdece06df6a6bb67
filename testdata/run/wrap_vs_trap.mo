// The same values wrap with +% and trap with +.
import Debug "mo:base/Debug";

let x : Int16 = 32_000;
Debug.print(debug_show (x +% 1_000));
Debug.print(debug_show (x + 1_000));
