// Mutable record fields are updated in place and shared by aliases.
import Debug "mo:base/Debug";

let cell = { var value = 1; id = "c" };
let alias = cell;
cell.value := 2;
Debug.print(debug_show alias.value);
alias.value += 40;
Debug.print(debug_show cell.value);
func reset(c : { var value : Nat }) { c.value := 0 };
reset(cell);
Debug.print(debug_show (cell.value, cell.id));
