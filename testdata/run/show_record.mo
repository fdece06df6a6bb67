// Record fields print sorted by name in ASCII order, capitals first.
import Debug "mo:base/Debug";

Debug.print(debug_show { b = 2; a = 1 });
Debug.print(debug_show { zeta = "z"; Alpha = 'A'; mid = true });
Debug.print(debug_show { x = { y = { z = 0 } } });
Debug.print(debug_show {});
let r = { name = "Ann"; age = 41; score = -3 };
Debug.print(debug_show r);
Debug.print(debug_show [{ k = 1 }, { k = 2 }]);
