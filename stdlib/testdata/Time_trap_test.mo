import Time "mo:base/Time";
import CoreTime "mo:core/Time";
import Debug "mo:base/Debug";

// Durations convert without a clock; reading the time needs a canister.
Debug.print(debug_show CoreTime.toNanoseconds(#days 1));
Debug.print(debug_show CoreTime.toNanoseconds(#milliseconds 1_500));
Debug.print("before");
// trap: Time.now()
ignore Time.now();
Debug.print("after");
