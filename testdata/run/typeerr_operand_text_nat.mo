// + does not apply to Text.
import Debug "mo:base/Debug";

let n = 5;
Debug.print("x" + n);
