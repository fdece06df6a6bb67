// Immutable arrays are covariant; values of any type fit Any.
import Debug "mo:base/Debug";

let nats : [Nat] = [1, 2];
let ints : [Int] = nats;
Debug.print(debug_show ints);
let anys : [Any] = [1, "a", 'c'];
Debug.print(debug_show anys.size());
let recs : [{ x : Nat }] = [{ x = 1; y = 2 }];
Debug.print(debug_show recs[0].x);
let opts : [?Int] = [?1, null];
Debug.print(debug_show opts);
