// let with a variant pattern traps on another tag.
import Debug "mo:base/Debug";

type Shape = { #circle : Nat; #square : Nat };
func make(round : Bool) : Shape { if round (#circle 2) else (#square 3) };
let #circle(r) = make(true);
Debug.print(debug_show r);
let #circle(s) = make(false);
Debug.print(debug_show s);
