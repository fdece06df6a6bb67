// Closures created in a loop capture each iteration's binding.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

let fs = Array.tabulate<() -> Nat>(3, func i = func() : Nat { i * 10 });
for (f in fs.vals()) { Debug.print(debug_show f()) };
var captured : [() -> Text] = [];
for (word in ["a", "b"].vals()) {
  captured := Array.append<() -> Text>(captured, [func() : Text { word # word }]);
};
for (f in captured.vals()) { Debug.print(f()) };
