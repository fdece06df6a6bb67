// Debug.trap at top level.
import Debug "mo:base/Debug";

Debug.print("one");
Debug.trap("stop here");
// trap-span: 5.1-5.24
