// motoko-core Error: errors made locally.
import Error "mo:core/Error";
import Debug "mo:core/Debug";

let e = Error.reject("not allowed");
Debug.print(debug_show (e.message(), e.code(), e.isRetryPossible(), e.isCleanReject()));
