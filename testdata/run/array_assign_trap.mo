// Writing past the end of a mutable array traps.
import Debug "mo:base/Debug";

let buf = [var 0, 0];
buf[1] := 7;
Debug.print(debug_show buf);
buf[2] := 9;
Debug.print(debug_show buf);
