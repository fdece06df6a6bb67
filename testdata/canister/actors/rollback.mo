// Every kind of change a message can make, and a way to trap after making
// them: the trap must undo all of them.
import Prim "mo:⛔";
import Region "mo:base/Region";

actor {
  stable var counter = 0;
  stable let cells = Prim.Array_init<Nat>(3, 0);
  stable let point = { var x = 0; var y = 0 };
  stable let r = Region.new();
  stable var made : [Region.Region] = [];

  func state() : Text {
    debug_show { counter; cells; x = point.x; y = point.y; pages = Region.size(r);
      byte = if (Region.size(r) > 0) Region.loadNat8(r, 7) else 0 : Nat8;
      regions = made.size(); next = Region.id(Region.new()) }
  };

  public func change(fail : Bool) : async () {
    counter += 1;
    cells[1] := 42;
    point.x := 5;
    ignore Region.grow(r, 2);
    Region.storeNat8(r, 7, 99);
    made := [Region.new()];
    if fail { Prim.trap("undo all of this") };
  };

  public query func show() : async () { Prim.debugPrint(state()) };
};
