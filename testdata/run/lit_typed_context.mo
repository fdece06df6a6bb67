// A literal takes its type from the context.
import Debug "mo:base/Debug";

let a : Nat8 = 255;
let b : Int8 = -128;
let c : Nat64 = 18_446_744_073_709_551_615;
func wide(n : Nat64) : Nat64 { n * 2 };
Debug.print(debug_show wide(128 * 65536));
Debug.print(debug_show wide(4_294_967_296));
func small(n : Int16) : Int16 { n - 1 };
Debug.print(debug_show small(-32_767));
Debug.print(debug_show (a, b, c));
let f : Float = 3;
Debug.print(debug_show f);
let i : Int = 3;
Debug.print(debug_show i);
