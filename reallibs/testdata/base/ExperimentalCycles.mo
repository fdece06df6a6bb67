// motoko-base ExperimentalCycles: cycles belong to a canister.
import Cycles "mo:base/ExperimentalCycles";
import Debug "mo:base/Debug";

Debug.print("checking the balance");
Debug.print(debug_show Cycles.balance());
// trap-span: 6.24-6.40
