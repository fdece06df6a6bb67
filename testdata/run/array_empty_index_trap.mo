// Any index into an empty array traps.
import Debug "mo:base/Debug";

let none : [Text] = [];
Debug.print(debug_show none.size());
Debug.print(none[0]);
