// motoko-core Runtime: traps.
import Runtime "mo:core/Runtime";
import Debug "mo:core/Debug";

func check(n : Nat) : Nat = if (n > 10) Runtime.unreachable() else n;
Debug.print(debug_show check(3));
Runtime.trap("stopped by Runtime.trap");
// trap-span: 7.1-7.40
