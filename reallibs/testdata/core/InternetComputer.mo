// motoko-core InternetComputer: counters need a canister.
import IC "mo:core/InternetComputer";
import Debug "mo:core/Debug";

Debug.print("counting instructions");
Debug.print(debug_show IC.countInstructions(func() {}));
// trap-span: 6.24-6.55
