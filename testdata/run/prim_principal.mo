// Principal values from bytes: textual form, equality and ordering.
import Debug "mo:base/Debug";
import Prim "mo:⛔";

let p = Prim.principalOfBlob("\00\01");
let q = Prim.principalOfBlob("\04");
let anon = Prim.principalOfBlob("\04");
Debug.print(debug_show p);
Debug.print(debug_show q);
Debug.print(debug_show (p == q, q == anon, p < q));
Debug.print(debug_show Prim.blobOfPrincipal(p));
