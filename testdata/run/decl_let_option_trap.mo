// let ?x traps on null.
import Debug "mo:base/Debug";

func find(key : Text) : ?Nat { if (key == "a") ?1 else null };
let ?one = find("a");
Debug.print(debug_show one);
let ?two = find("b");
Debug.print(debug_show two);
