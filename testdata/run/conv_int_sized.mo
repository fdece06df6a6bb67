// Int8..Int64 conversions from the base library.
import Debug "mo:base/Debug";
import Int8 "mo:base/Int8";
import Int16 "mo:base/Int16";
import Int32 "mo:base/Int32";
import Int64 "mo:base/Int64";

let a = Int8.fromInt(-100);
Debug.print(debug_show (a, Int8.toInt(a) - 100, Int8.toText(a), Int8.toText(5)));
Debug.print(debug_show (Int8.fromIntWrap(200), Int8.maximumValue, Int8.minimumValue));
let b = Int16.fromInt(-30_000);
Debug.print(debug_show (b, Int16.toInt(b), Int16.fromIntWrap(40_000)));
Debug.print(debug_show (Int16.maximumValue, Int16.minimumValue));
let c = Int32.fromInt(2_000_000_000);
Debug.print(debug_show (c, Int32.toText(c), Int32.fromIntWrap(2 ** 32 + 5)));
Debug.print(debug_show (Int32.maximumValue, Int32.minimumValue));
let d = Int64.fromInt(-(2 ** 63));
Debug.print(debug_show (d, Int64.toInt(d), Int64.toText(d), Int64.fromIntWrap(2 ** 63)));
Debug.print(debug_show (Int64.maximumValue, Int64.minimumValue));
