// motoko-base Timer: setting timers needs a canister, so only the
// module's types are used. moc cannot compile any program importing Timer
// to WASI (ic0.global_timer_set is missing there): this output is that of
// moc's interpreter.
import Timer "mo:base/Timer";
import Debug "mo:base/Debug";

let later : Timer.Duration = #seconds 5;
let soon : Timer.Duration = #nanoseconds 1_000;
let id : Timer.TimerId = 0;
Debug.print(debug_show (later, soon, id));
