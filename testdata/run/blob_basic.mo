// Blob values: size, iteration and conversion to and from byte arrays.
import Debug "mo:base/Debug";
import Blob "mo:base/Blob";

let b : Blob = "\01\02\FF";
Debug.print(debug_show b.size());
for (byte in b.vals()) { Debug.print(debug_show byte) };
let bytes = Blob.toArray(b);
Debug.print(debug_show bytes);
let back = Blob.fromArray([104, 105]);
Debug.print(debug_show back);
Debug.print(debug_show (back == "hi"));
Debug.print(debug_show (b == back, b < back));
