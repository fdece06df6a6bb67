// motoko-base ExperimentalInternetComputer: counters and calls need a
// canister.
import IC "mo:base/ExperimentalInternetComputer";
import Debug "mo:base/Debug";

Debug.print("counting instructions");
Debug.print(debug_show IC.countInstructions(func() {}));
// trap-span: 7.24-7.55
