// motoko-core Timer: setting timers needs a canister, so only the module's
// types are used. moc cannot compile any program importing Timer to WASI
// (ic0.global_timer_set is missing there): this output is that of moc's
// interpreter.
import Timer "mo:core/Timer";
import Debug "mo:core/Debug";

let id : Timer.TimerId = 3;
Debug.print(debug_show id);
