// ?p may match a value of type Null: it never does.
import Prim "mo:⛔";
Prim.debugPrint("before");
let ?b = null;
Prim.debugPrint("unreachable");
