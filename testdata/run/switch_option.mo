// switch on options, including nested options and null.
import Debug "mo:base/Debug";

func show(o : ??Nat) : Text {
  switch o {
    case null "null";
    case (?null) "?null";
    case (??0) "zero";
    case (??n) debug_show n;
  };
};
Debug.print(show(null));
Debug.print(show(?null));
Debug.print(show(??0));
Debug.print(show(??5));
