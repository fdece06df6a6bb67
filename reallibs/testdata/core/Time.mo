// motoko-core Time: durations; the clock needs a canister.
import Time "mo:core/Time";
import Debug "mo:core/Debug";

Debug.print(debug_show (Time.toNanoseconds(#days 1), Time.toNanoseconds(#hours 2), Time.toNanoseconds(#minutes 3), Time.toNanoseconds(#seconds 4), Time.toNanoseconds(#milliseconds 5), Time.toNanoseconds(#nanoseconds 6)));
Debug.print(debug_show (Time.now() > 0));
// trap-span: 6.25-6.35
