// Blob.get past the end traps like indexing.
import Prim "mo:⛔";
let b : Blob = "ab";
Prim.debugPrint(debug_show b.get(1));
Prim.debugPrint(debug_show b.get(2));
// trap-span: 5.28-5.36
