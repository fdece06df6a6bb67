// A traffic-light controller as a state machine over variants, driven by events.
import Debug "mo:base/Debug";

type Light = { #red; #green; #yellow; #flashing : Nat };
type Event = { #tick; #emergency; #reset };

type Controller = {
  var state : Light;
  var ticks : Nat;
  var log : [Text];
};

func name(l : Light) : Text {
  switch l {
    case (#red) "RED";
    case (#green) "GREEN";
    case (#yellow) "YELLOW";
    case (#flashing n) "FLASHING(" # debug_show n # ")";
  }
};

func step(l : Light, e : Event) : Light {
  switch (l, e) {
    case (_, #emergency) #flashing 3;
    case (_, #reset) #red;
    case (#red, #tick) #green;
    case (#green, #tick) #yellow;
    case (#yellow, #tick) #red;
    case (#flashing 0, #tick) #red;
    case (#flashing n, #tick) #flashing(n - 1);
  }
};

let c : Controller = { var state = #red; var ticks = 0; var log = [] };
let events : [Event] = [#tick, #tick, #emergency, #tick, #tick, #tick, #tick, #tick, #reset, #tick];
for (e in events.vals()) {
  let before = c.state;
  c.state := step(c.state, e);
  c.ticks += (switch e { case (#tick) 1; case _ 0 });
  Debug.print(name before # " --" # debug_show e # "--> " # name(c.state));
};
Debug.print(debug_show (c.ticks, c.state));
Debug.print(debug_show (debug_show c.state == debug_show (#green : Light)));
