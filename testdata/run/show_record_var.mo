// A mutable field prints its current value.
import Debug "mo:base/Debug";

let r = { var count = 1; label_ = "c" };
Debug.print(debug_show r.count);
r.count := 42;
Debug.print(debug_show r.count);
Debug.print(debug_show { a = r.count; b = r.label_ });
