// Decimal, hexadecimal and underscore-separated natural literals.
import Debug "mo:base/Debug";

Debug.print(debug_show 1_000_000);
Debug.print(debug_show 0xff);
Debug.print(debug_show 0xDEAD_BEEF);
Debug.print(debug_show 0x0);
Debug.print(debug_show 00042);
Debug.print(debug_show 340_282_366_920_938_463_463_374_607_431_768_211_456);
