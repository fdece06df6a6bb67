// One Region per table, created on demand and looked up by name; regions kept in variants and options.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Option "mo:base/Option";
import Array "mo:base/Array";
import Prim "mo:⛔";

type Table = { name : Text; region : Region.Region };
type Slot = { #free; #used : Table };

let slots : [var Slot] = Array.init<Slot>(64, #free);

func open(name : Text) : Region.Region {
  var firstFree : ?Nat = null;
  for (i in slots.keys()) {
    switch (slots[i]) {
      case (#used t) if (t.name == name) return t.region;
      case (#free) if (Option.isNull(firstFree)) firstFree := ?i;
    };
  };
  let ?i = firstFree else Debug.trap("no free slot for " # name);
  let t = { name; region = Region.new() };
  slots[i] := #used t;
  t.region;
};

func find(name : Text) : ?Region.Region {
  for (s in slots.vals()) {
    switch s { case (#used { name = n; region }) if (n == name) return ?region; case _ {} };
  };
  null;
};

let users = open("users");
let posts = open("posts");
Debug.print(debug_show (Region.id(users), Region.id(posts), Region.id(open("users"))));
Debug.print(debug_show Option.map<Region.Region, Nat>(find("posts"), Region.id));
Debug.print(debug_show Option.map<Region.Region, Nat>(find("likes"), Region.id));
for (i in Prim.Array_tabulate<Nat>(60, func i = i).vals()) ignore open("t" # debug_show i);
Debug.print(debug_show (Region.id(open("t59")), Prim.rts_stable_memory_size()));
ignore Region.grow(open("t30"), 2);
Debug.print(debug_show (Region.size(open("t30")), Region.size(open("t31")), Prim.rts_stable_memory_size()));
slots[5] := #free;
let again = open("reborn");
Debug.print(debug_show (Region.id(again), Option.isSome(find("t3")), Option.isSome(find("reborn"))));
ignore open("overflow");
ignore open("fills the last slot");
Debug.print(debug_show Region.id(open("fills the last slot")));
ignore open("one too many");
// trap-span: 21.27-21.65
