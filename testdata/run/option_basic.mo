// Options: ?e, null, and switching on them.
import Debug "mo:base/Debug";

func half(n : Nat) : ?Nat { if (n % 2 == 0) ?(n / 2) else null };
for (n in [4, 5].vals()) {
  switch (half n) {
    case (?h) Debug.print("half is " # debug_show h);
    case null Debug.print("odd");
  };
};
let nested : ??Nat = ?null;
Debug.print(debug_show nested);
let deep : ???Int = ?(?(?(-1)));
Debug.print(debug_show deep);
