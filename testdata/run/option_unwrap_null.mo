// Option.unwrap traps on null.
import Debug "mo:base/Debug";
import Option "mo:base/Option";

let maybe : ?Text = null;
Debug.print("before");
Debug.print(Option.unwrap(maybe));
// trap-span: 7.13-7.33
