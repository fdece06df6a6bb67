// motoko-base Error: errors made locally (throwing them needs an actor).
import Error "mo:base/Error";
import Debug "mo:base/Debug";

let e = Error.reject("not allowed");
Debug.print(debug_show (Error.message(e), Error.code(e), Error.isRetryPossible(e)));
