import Nat8 "mo:base/Nat8";
import Nat16 "mo:base/Nat16";
import Nat32 "mo:base/Nat32";
import Nat64 "mo:base/Nat64";
import Int8 "mo:base/Int8";
import Int16 "mo:base/Int16";
import Int32 "mo:base/Int32";
import Int64 "mo:base/Int64";
import Debug "mo:base/Debug";

// Widening and in-range narrowing between adjacent widths.
Debug.print(debug_show (Nat8.toNat16(255), Nat8.fromNat16(200)));
Debug.print(debug_show (Nat16.fromNat8(7), Nat16.toNat8(255), Nat16.fromNat32(65_535), Nat16.toNat32(65_535)));
Debug.print(debug_show (Nat32.fromNat16(9), Nat32.toNat16(1_000), Nat32.fromNat64(4_294_967_295), Nat32.toNat64(4_294_967_295)));
Debug.print(debug_show (Nat64.fromNat32(4_294_967_295), Nat64.toNat32(123_456)));
Debug.print(debug_show (Int8.toInt16(-128), Int8.fromInt16(-5), Int8.fromNat8(255), Int8.toNat8(-1), Int8.fromNat8(127), Int8.toNat8(-128)));
Debug.print(debug_show (Int16.fromInt8(-1), Int16.toInt8(127), Int16.fromInt32(-32_768), Int16.toInt32(32_767)));
Debug.print(debug_show (Int16.fromNat16(65_535), Int16.toNat16(-32_768)));
Debug.print(debug_show (Int32.fromInt16(-2), Int32.toInt16(-32_768), Int32.fromInt64(2_147_483_647), Int32.toInt64(-2_147_483_648)));
Debug.print(debug_show (Int32.fromNat32(4_294_967_295), Int32.toNat32(-2)));
Debug.print(debug_show (Int64.fromInt32(-7), Int64.toInt32(-2_147_483_648), Int64.fromNat64(18_446_744_073_709_551_615), Int64.toNat64(-9_223_372_036_854_775_808)));
Debug.print(debug_show (Int64.fromNat64(9_223_372_036_854_775_807), Int64.toNat64(9_223_372_036_854_775_807)));

// Bit access: position p is taken modulo the width.
Debug.print(debug_show (Nat8.bittest(5, 2), Nat8.bittest(5, 1), Nat8.bittest(5, 10), Nat8.bitset(5, 1), Nat8.bitclear(5, 2), Nat8.bitflip(5, 0), Nat8.bitset(0, 255)));
Debug.print(debug_show (Nat8.bitcountNonZero(255), Nat8.bitcountLeadingZero(5), Nat8.bitcountTrailingZero(0), Nat8.bitcountTrailingZero(6)));
Debug.print(debug_show (Nat16.bittest(0x8000, 15), Nat16.bitset(0, 16), Nat16.bitclear(65_535, 15), Nat16.bitflip(1, 17), Nat16.bitcountNonZero(0xF0F0), Nat16.bitcountLeadingZero(1), Nat16.bitcountTrailingZero(0x100)));
Debug.print(debug_show (Nat32.bittest(1, 32), Nat32.bitset(0, 31), Nat32.bitclear(7, 1), Nat32.bitflip(0, 3), Nat32.bitcountNonZero(4_294_967_295), Nat32.bitcountLeadingZero(0), Nat32.bitcountTrailingZero(8)));
Debug.print(debug_show (Nat64.bittest(1 << 63, 63), Nat64.bitset(0, 64), Nat64.bitclear(3, 0), Nat64.bitflip(0, 63), Nat64.bitcountNonZero(0xFF), Nat64.bitcountLeadingZero(1), Nat64.bitcountTrailingZero(0)));
Debug.print(debug_show (Int8.bittest(-128, 7), Int8.bittest(64, 6), Int8.bitset(0, 7), Int8.bitset(0, 6), Int8.bitclear(-1, 6), Int8.bitflip(127, 6), Int8.bitset(0, 127)));
Debug.print(debug_show (Int8.bitcountNonZero(-1), Int8.bitcountLeadingZero(1), Int8.bitcountTrailingZero(-128)));
Debug.print(debug_show (Int16.bittest(-1, 15), Int16.bitset(0, 15), Int16.bitclear(-1, 0), Int16.bitflip(0, 20), Int16.bitcountNonZero(-2), Int16.bitcountLeadingZero(-1), Int16.bitcountTrailingZero(0)));
Debug.print(debug_show (Int32.bittest(2, 1), Int32.bitset(0, 31), Int32.bitclear(5, 0), Int32.bitflip(-1, 31), Int32.bitcountNonZero(-1), Int32.bitcountLeadingZero(1), Int32.bitcountTrailingZero(4)));
Debug.print(debug_show (Int64.bittest(-1, 63), Int64.bitset(0, 63), Int64.bitclear(-1, 63), Int64.bitflip(0, 1), Int64.bitcountNonZero(-1), Int64.bitcountLeadingZero(0), Int64.bitcountTrailingZero(64)));
