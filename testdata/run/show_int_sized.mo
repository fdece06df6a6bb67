// Fixed-width integers print signed like Int.
import Debug "mo:base/Debug";

let a : Int8 = -128;
let b : Int16 = 32_767;
let c : Int32 = -2_147_483_648;
let d : Int64 = 9_223_372_036_854_775_807;
let z : Int32 = 0;
Debug.print(debug_show a);
Debug.print(debug_show b);
Debug.print(debug_show c);
Debug.print(debug_show d);
Debug.print(debug_show z);
let arr : [Int8] = [a, -1, 1];
Debug.print(debug_show arr);
