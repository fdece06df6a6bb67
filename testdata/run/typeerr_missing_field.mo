// Accessing a field the record does not have.
import Debug "mo:base/Debug";

let r = { a = 1; b = 2 };
Debug.print(debug_show r.c);
