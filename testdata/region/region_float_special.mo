// Special floats round-trip through a region: NaN payloads bit for bit,
// negative zero, and both infinities.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);

// A NaN with a payload, built from its bits, keeps every bit through loadFloat/storeFloat.
Region.storeNat64(r, 0, 0x7FF0_0000_0000_0ABC);
let nan = Region.loadFloat(r, 0);
Debug.print(debug_show nan);
Debug.print(debug_show (nan == nan, nan != nan));
Region.storeFloat(r, 8, nan);
Debug.print(debug_show Region.loadNat64(r, 8));
Debug.print(debug_show (Region.loadNat64(r, 8) == 0x7FF0_0000_0000_0ABC));

// A negative quiet NaN.
Region.storeNat64(r, 16, 0xFFF8_0000_0000_0001);
Region.storeFloat(r, 24, Region.loadFloat(r, 16));
Debug.print(debug_show Region.loadFloat(r, 24));
Debug.print(debug_show Region.loadNat64(r, 24));

// Negative zero keeps its sign bit and prints with a minus.
Region.storeFloat(r, 32, -0.0);
Debug.print(debug_show Region.loadFloat(r, 32));
Debug.print(debug_show Region.loadNat64(r, 32));
Debug.print(debug_show (Region.loadFloat(r, 32) == 0.0));

// Infinities.
Region.storeFloat(r, 40, 1.0 / 0.0);
Region.storeFloat(r, 48, -1.0 / 0.0);
Debug.print(debug_show (Region.loadFloat(r, 40), Region.loadFloat(r, 48)));
Debug.print(debug_show (Region.loadNat64(r, 40), Region.loadNat64(r, 48)));

// A computed NaN is still a NaN after the round trip.
Region.storeFloat(r, 56, 0.0 / 0.0);
let back = Region.loadFloat(r, 56);
Debug.print(debug_show (back, back == back));

// Smallest subnormal and largest finite value.
Region.storeNat64(r, 64, 1);
Debug.print(debug_show (Region.loadFloat(r, 64) > 0.0));
Region.storeFloat(r, 72, 1.7976931348623157e308);
Debug.print(debug_show Region.loadNat64(r, 72));
