// Every scalar type round-trips through a region at its extreme values,
// packed back to back at unaligned offsets.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);
var at : Nat64 = 1;
func next(size : Nat64) : Nat64 { let here = at; at += size; here };

let n8a = next(1); Region.storeNat8(r, n8a, 0);
let n8b = next(1); Region.storeNat8(r, n8b, 255);
let n16 = next(2); Region.storeNat16(r, n16, 65_535);
let n32 = next(4); Region.storeNat32(r, n32, 4_294_967_295);
let n64 = next(8); Region.storeNat64(r, n64, 18_446_744_073_709_551_615);
let i8a = next(1); Region.storeInt8(r, i8a, -128);
let i8b = next(1); Region.storeInt8(r, i8b, 127);
let i16a = next(2); Region.storeInt16(r, i16a, -32_768);
let i16b = next(2); Region.storeInt16(r, i16b, 32_767);
let i32a = next(4); Region.storeInt32(r, i32a, -2_147_483_648);
let i32b = next(4); Region.storeInt32(r, i32b, 2_147_483_647);
let i64a = next(8); Region.storeInt64(r, i64a, -9_223_372_036_854_775_808);
let i64b = next(8); Region.storeInt64(r, i64b, 9_223_372_036_854_775_807);
let fl = next(8); Region.storeFloat(r, fl, 2.5e-3);
let bl = next(3); Region.storeBlob(r, bl, "abc");

Debug.print(debug_show (Region.loadNat8(r, n8a), Region.loadNat8(r, n8b)));
Debug.print(debug_show Region.loadNat16(r, n16));
Debug.print(debug_show Region.loadNat32(r, n32));
Debug.print(debug_show Region.loadNat64(r, n64));
Debug.print(debug_show (Region.loadInt8(r, i8a), Region.loadInt8(r, i8b)));
Debug.print(debug_show (Region.loadInt16(r, i16a), Region.loadInt16(r, i16b)));
Debug.print(debug_show (Region.loadInt32(r, i32a), Region.loadInt32(r, i32b)));
Debug.print(debug_show (Region.loadInt64(r, i64a), Region.loadInt64(r, i64b)));
Debug.print(debug_show Region.loadFloat(r, fl));
Debug.print(debug_show Region.loadBlob(r, bl, 3));
Debug.print(debug_show (at, Region.loadNat8(r, 0), Region.loadNat8(r, at)));
