// Negating the smallest Int8 overflows.
import Debug "mo:base/Debug";

let m : Int8 = -127;
Debug.print(debug_show (-m));
let n : Int8 = m - 1;
Debug.print(debug_show n);
Debug.print(debug_show (-n));
