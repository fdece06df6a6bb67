import Debug "mo:base/Debug";

Debug.print("before");
Debug.trap("custom failure message");
Debug.print("after");
// trap: Debug.trap("custom failure message")
