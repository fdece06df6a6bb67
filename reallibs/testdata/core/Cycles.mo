// motoko-core Cycles: cycles belong to a canister.
import Cycles "mo:core/Cycles";
import Debug "mo:core/Debug";

Debug.print("checking the balance");
Debug.print(debug_show Cycles.balance());
// trap-span: 6.24-6.40
