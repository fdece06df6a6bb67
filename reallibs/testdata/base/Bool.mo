// motoko-base Bool.
import Bool "mo:base/Bool";
import Debug "mo:base/Debug";

Debug.print(debug_show (Bool.toText(true), Bool.logand(true, false), Bool.logor(true, false), Bool.logxor(true, true), Bool.lognot(false)));
Debug.print(debug_show (Bool.equal(true, true), Bool.notEqual(true, false), Bool.compare(false, true), Bool.compare(true, true)));
