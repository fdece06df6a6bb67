// A program run locally is no deployed canister: asking the system for the
// time traps as moc's compiled program does; weak references stay live.
import Prim "mo:⛔";

let w = Prim.allocWeakRef([1, 2]);
Prim.debugPrint(debug_show (Prim.weakGet(w), Prim.isLive(w), Prim.cyclesRefunded()));
Prim.debugPrint(debug_show (Prim.time()));
// trap-span: 7.29-7.40
