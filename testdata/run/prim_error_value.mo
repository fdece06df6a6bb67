// Error values built with the primitive error constructor.
import Debug "mo:base/Debug";
import Prim "mo:⛔";

let e : Error = Prim.error("bad input");
Debug.print(Prim.errorMessage(e));
Debug.print(debug_show Prim.errorCode(e));
let errors : [Error] = [e, Prim.error("second")];
for (x in errors.vals()) { Debug.print(Prim.errorMessage(x)) };
