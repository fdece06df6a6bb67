// Debug.trap stops the program with its message.
import Debug "mo:base/Debug";

func fail(reason : Text) : None {
  Debug.trap("failed: " # reason);
};
Debug.print("start");
let v : Nat = if (1 > 2) 0 else fail("no value");
Debug.print(debug_show v);
// trap-span: 5.3-5.34
