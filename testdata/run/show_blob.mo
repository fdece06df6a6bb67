// Blob prints every byte as an upper-case hex escape.
import Debug "mo:base/Debug";
import Blob "mo:base/Blob";

let b : Blob = "\00\FF\10";
Debug.print(debug_show b);
Debug.print(debug_show ("abc" : Blob));
Debug.print(debug_show ("" : Blob));
Debug.print(debug_show (Blob.fromArray([0, 1, 127, 128, 255])));
