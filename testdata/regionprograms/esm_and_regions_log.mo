// An app that kept its config in ExperimentalStableMemory adds an event log Region later.
import StableMemory "mo:base/ExperimentalStableMemory";
import Region "mo:base/Region";
import Prim "mo:⛔";
import Debug "mo:base/Debug";
import Text "mo:base/Text";
import Nat64 "mo:base/Nat64";

// config: magic "CFG1", version : Nat16, flags : Nat8
ignore StableMemory.grow(3);
StableMemory.storeBlob(0, "CFG1");
StableMemory.storeNat16(4, 7);
StableMemory.storeNat8(6, 0x05);
StableMemory.storeNat64(3 * 65_536 - 8, 0xABCD);
Debug.print(debug_show (StableMemory.size(), Prim.rts_stable_memory_size()));

let events = Region.new();
Debug.print(debug_show (Region.id(events), Prim.rts_stable_memory_size(), StableMemory.size()));
var logEnd : Nat64 = 0;
func logEvent(t : Text) {
  let b = Text.encodeUtf8(t);
  let need = logEnd + 2 + Nat64.fromNat(b.size());
  while (need > Region.size(events) * 65_536) ignore Region.grow(events, 1);
  Region.storeNat16(events, logEnd, Nat16_fromNat(b.size()));
  Region.storeBlob(events, logEnd + 2, b);
  logEnd := need;
};
func Nat16_fromNat(x : Nat) : Nat16 = Prim.natToNat16(x);

logEvent("boot");
logEvent("config v" # debug_show StableMemory.loadNat16(4));
logEvent("flags " # debug_show StableMemory.loadNat8(6));
Debug.print(debug_show (Prim.rts_stable_memory_size(), Region.size(events), logEnd));
// the config survives the migration untouched
Debug.print(debug_show (StableMemory.loadBlob(0, 4), StableMemory.loadNat64(3 * 65_536 - 8)));
// region 0 can now grow for free up to its 128-page block
Debug.print(debug_show (StableMemory.grow(125), StableMemory.size(), Prim.rts_stable_memory_size()));
Debug.print(debug_show (StableMemory.grow(1), StableMemory.size(), Prim.rts_stable_memory_size()));
var at : Nat64 = 0;
while (at < logEnd) {
  let len = Region.loadNat16(events, at);
  let t = Text.decodeUtf8(Region.loadBlob(events, at + 2, Prim.nat16ToNat(len)));
  Debug.print(debug_show t);
  at += 2 + Nat64.fromNat(Prim.nat16ToNat(len));
};
// old code still addresses past its own end
Debug.print(debug_show StableMemory.loadNat8(129 * 65_536));
// trap-span: 47.24-47.59
