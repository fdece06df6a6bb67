import Debug "mo:base/Debug";

Debug.print("hello");
Debug.print("");
Debug.print("unicode: héllo, 世界");
Debug.print(debug_show (1, "two", [3]));
let print : Text -> () = Debug.print;
print("through a variable");
// trap's result type None fits any expected type
let safe : Nat = if (1 < 2) { 7 } else { Debug.trap("not reached") };
Debug.print(debug_show safe);
