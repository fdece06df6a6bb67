// Variant payloads of records, tuples and nested variants.
import Debug "mo:base/Debug";

type Event = {
  #move : { dx : Int; dy : Int };
  #resize : (Nat, Nat);
  #key : { #up; #down };
  #none;
};
let events : [Event] = [#move { dx = 1; dy = -1 }, #resize(640, 480), #key(#up), #none];
for (e in events.vals()) {
  switch e {
    case (#move { dx; dy }) Debug.print(debug_show (dx + dy));
    case (#resize(w, h)) Debug.print(debug_show (w * h));
    case (#key(#up)) Debug.print("up");
    case (#key(#down)) Debug.print("down");
    case (#none) Debug.print(debug_show e);
  };
};
