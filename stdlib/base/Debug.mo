// Debug: printing a line of text and stopping the program on purpose.
import Prim "mo:⛔";

module {
  // Writes `text` and a newline to the debug output.
  public func print(text : Text) {
    Prim.debugPrint(text)
  };

  // Stops execution with `errorMessage` as the trap message.
  public func trap(errorMessage : Text) : None {
    Prim.trap(errorMessage)
  };
}
