// A Blob is indexed with b[i] or b.get(i), and b.keys() iterates over its
// indices; an index past the end traps.
import Prim "mo:⛔";
let b : Blob = "Hi\00\FF";
for (i in b.keys()) { Prim.debugPrint(debug_show (i, b[i], b.get(i))) };
let k = b.keys();
Prim.debugPrint(debug_show (k.next(), k.next()));
Prim.debugPrint(debug_show b[4]);
// trap-span: 8.28-8.32
