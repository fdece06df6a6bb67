import Option "mo:base/Option";
import Debug "mo:base/Debug";

let none : ?Text = null;
Debug.print(Option.unwrap<Text>(?"present"));
Debug.print(Option.unwrap<Text>(none));
// trap: Option.unwrap<Text>(none)
