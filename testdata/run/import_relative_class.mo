// A class from a relatively imported module.
import Debug "mo:base/Debug";
import C "lib/Counter";

let c = C.Counter(5);
c.inc();
c.inc();
Debug.print(c.show());
let d : C.Counter = C.Counter(0);
Debug.print(d.show());
