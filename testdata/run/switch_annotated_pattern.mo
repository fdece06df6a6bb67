// Annotated patterns (p : T) in switch, let and function parameters.
import Debug "mo:base/Debug";

let v : Int = 5;
switch v {
  case (n : Int) Debug.print(debug_show n);
};
let (a : Nat, b : Text) = (1, "b");
Debug.print(debug_show (a, b));
func f((x : Int8), y : Int8) : Int8 { x - y };
Debug.print(debug_show f(-1, 1));
