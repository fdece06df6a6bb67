// Int16.fromInt traps when the value does not fit.
import Debug "mo:base/Debug";
import Int16 "mo:base/Int16";

let values : [Int] = [-32_768, 32_767, 32_768];
for (v in values.vals()) {
  let x = Int16.fromInt(v);
  Debug.print(debug_show x);
};
// trap-span: 7.11-7.27
