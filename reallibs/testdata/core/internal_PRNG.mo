// motoko-core internal/PRNG: the SFC64 generator behind Random.
import PRNG "mo:core/internal/PRNG";
import Debug "mo:core/Debug";

let g = PRNG.sfc64a();
g.init(12345);
Debug.print(debug_show (g.next(), g.next(), g.next()));
g.initPre();
Debug.print(debug_show g.next());
g.init3(1, 2, 3);
Debug.print(debug_show g.next());
let h = PRNG.SFC64(24, 11, 3);
h.init(12345);
Debug.print(debug_show (h.next() == PRNG.sfc64a().next(), h.next()));
