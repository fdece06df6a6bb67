// motoko-base Time: the clock is the canister's; locally there is none.
import Time "mo:base/Time";
import Debug "mo:base/Debug";

let second : Time.Time = 1_000_000_000;
Debug.print(debug_show second);
Debug.print(debug_show (Time.now() > 0));
// trap-span: 7.25-7.35
