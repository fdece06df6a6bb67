// Function parameters can be tuple and record patterns.
import Debug "mo:base/Debug";

func dist((x1, y1) : (Int, Int), (x2, y2) : (Int, Int)) : Int {
  let dx = x1 - x2;
  let dy = y1 - y2;
  dx * dx + dy * dy;
};
func fullName({ first : Text; last : Text }) : Text { first # " " # last };
Debug.print(debug_show dist((0, 0), (3, -4)));
Debug.print(fullName({ first = "Grace"; last = "Hopper"; year = 1906 }));
let area = func({ w : Nat; h : Nat }) : Nat { w * h };
Debug.print(debug_show area({ w = 6; h = 7 }));
