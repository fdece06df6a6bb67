// switch on records with field puns, nested patterns and literals.
import Debug "mo:base/Debug";

type Msg = { kind : Text; size : Nat; meta : ?Text };
func handle(m : Msg) : Text {
  switch m {
    case { kind = "ping" } "pong";
    case { kind = "data"; size = 0 } "empty data";
    case { kind = "data"; meta = ?tag; size } tag # ":" # debug_show size;
    case { kind; size } kind # "/" # debug_show size;
  };
};
Debug.print(handle({ kind = "ping"; size = 0; meta = null }));
Debug.print(handle({ kind = "data"; size = 0; meta = null }));
Debug.print(handle({ kind = "data"; size = 4; meta = ?"t" }));
Debug.print(handle({ kind = "data"; size = 4; meta = null }));
