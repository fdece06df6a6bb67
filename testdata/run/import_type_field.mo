// `type T` in an import pattern binds the module's type member T.
import { type Shape; area } "lib/Shapes";
import Prim "mo:⛔";

let shapes : [Shape] = [#circle 2, #rect(3, 4)];
for (s in shapes.vals()) { Prim.debugPrint(debug_show area(s)) };
