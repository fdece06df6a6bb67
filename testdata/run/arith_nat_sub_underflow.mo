// Nat subtraction below zero traps.
import Debug "mo:base/Debug";

var stock = 3;
stock := stock - 2;
Debug.print(debug_show stock);
stock := stock - 1;
Debug.print(debug_show stock);
stock := stock - 1;
Debug.print(debug_show stock);
