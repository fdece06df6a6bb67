// A time series of Float readings in a Region, with summary statistics and special values.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Float "mo:base/Float";
import Int64 "mo:base/Int64";
import Prim "mo:⛔";

let series = Region.new();
ignore Region.grow(series, 1);
var count : Nat64 = 0;

func record(x : Float) { Region.storeFloat(series, count * 8, x); count += 1 };
func at(i : Nat64) : Float = Region.loadFloat(series, i * 8);

let readings : [Float] = [20.5, 21.25, -3.0e-5, 1e15, 0.1 + 0.2, 123456789.987654321, -0.0, 2.5e-7];
for (x in readings.vals()) record(x);

var sum = 0.0;
var lo = at(0);
var hi = at(0);
var i : Nat64 = 0;
while (i < count) {
  let x = at(i);
  sum += x;
  if (x < lo) lo := x;
  if (x > hi) hi := x;
  Debug.print(debug_show x # " | " # Float.toText(x) # " | floor " # debug_show Float.floor(x) # " | int " # debug_show Float.toInt(x));
  i += 1;
};
Debug.print(debug_show (sum, lo, hi, sum / Prim.int64ToFloat(Int64.fromInt(Prim.nat64ToNat(count)))));
// the raw bits of a few readings
Debug.print(debug_show (Region.loadNat64(series, 0), Region.loadInt64(series, 6 * 8), Region.loadNat64(series, 4 * 8)));
// NaN readings poison the sum but not the comparisons
let zero = 0.0;
record(zero / zero);
record(Float.sqrt(-1.0));
record(1.0 / zero);
Debug.print(debug_show (at(8), at(9), at(10), at(8) == at(8), at(8) < 1.0, at(10) > 1e308));
Debug.print(debug_show (Float.abs(-2.5), Float.ceil(-0.5), Prim.floatToInt64(-7.9), Float.floor(at(10))));
Debug.print(debug_show (Prim.floatToInt64(1e18), Float.toInt(1e30)));
Debug.print(debug_show Float.toInt(at(10)));
// trap-span: 41.24-41.43
