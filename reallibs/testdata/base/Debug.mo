// motoko-base Debug.
import Debug "mo:base/Debug";

Debug.print("before the trap");
Debug.trap("stopped on purpose");
// trap-span: 5.1-5.33
