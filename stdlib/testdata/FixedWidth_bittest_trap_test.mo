import Int8 "mo:base/Int8";
import Debug "mo:base/Debug";

// motoko-base converts the bit position to Int8 before taking it modulo 8.
Debug.print(debug_show Int8.bittest(1, 127));
Debug.print(debug_show Int8.bittest(1, 128));
// trap: Int8.bittest(1, 128)
