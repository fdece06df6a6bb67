// A module imported by a relative path, with its types.
import Debug "mo:base/Debug";
import Shapes "lib/Shapes";

let shapes : [Shapes.Shape] = [#circle 2, #rect(3, 4), Shapes.unit];
for (s in shapes.vals()) {
  Debug.print(debug_show (s, Shapes.area(s)));
};
