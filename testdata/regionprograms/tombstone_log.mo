// An append-only event log with tombstones and compaction into a fresh Region.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Nat32 "mo:base/Nat32";
import Text "mo:base/Text";
import Prim "mo:⛔";

// record: live : Nat8, len : Nat32, payload
type Log = { region : Region.Region; var end : Nat64; var live : Nat };

func newLog() : Log = { region = Region.new(); var end = 0; var live = 0 };

func append(log : Log, t : Text) : Nat64 {
  let b = Text.encodeUtf8(t);
  let at = log.end;
  let next = at + 5 + Nat64.fromNat(b.size());
  while (next > Region.size(log.region) * 65_536) ignore Region.grow(log.region, 1);
  Region.storeNat8(log.region, at, 1);
  Region.storeNat32(log.region, at + 1, Nat32.fromNat(b.size()));
  Region.storeBlob(log.region, at + 5, b);
  log.end := next;
  log.live += 1;
  at;
};

func kill(log : Log, at : Nat64) {
  if (Region.loadNat8(log.region, at) == 0) Debug.trap("record at " # Nat64.toText(at) # " already deleted");
  Region.storeNat8(log.region, at, 0);
  log.live -= 1;
};

func each(log : Log, f : (Nat64, Bool, Text) -> ()) {
  var at : Nat64 = 0;
  while (at < log.end) {
    let len = Nat32.toNat(Region.loadNat32(log.region, at + 1));
    let ?t = Text.decodeUtf8(Region.loadBlob(log.region, at + 5, len)) else Debug.trap("bad record");
    f(at, Region.loadNat8(log.region, at) == 1, t);
    at += 5 + Nat64.fromNat(len);
  };
};

func compact(log : Log) : Log {
  let fresh = newLog();
  each(log, func(_, live, t) { if live ignore append(fresh, t) });
  fresh;
};

let log = newLog();
let a = append(log, "created user 1");
let b = append(log, "created user 2");
let c = append(log, "renamed user 1");
ignore append(log, "deleted user 2");
kill(log, b);
kill(log, a);
each(log, func(at, live, t) = Debug.print(debug_show (at, live, t)));
let small = compact(log);
Debug.print(debug_show (log.end, small.end, small.live, Region.id(small.region), Prim.rts_stable_memory_size()));
each(small, func(at, live, t) = Debug.print(debug_show (at, live, t)));
kill(small, 0);
kill(log, c);
kill(log, a);
// trap-span: 28.45-28.109
