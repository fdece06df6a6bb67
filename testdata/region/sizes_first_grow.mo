// The first Region.new() writes the region metadata (6 pages); the first grow
// of anything after it, even by 0 pages, reserves 16; later Region.new() calls
// change nothing.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

func show(what : Text) {
  Debug.print(debug_show (what, Prim.rts_stable_memory_size(), Prim.rts_logical_stable_memory_size()));
};

show("start");
let a = Region.new();
show("new a");
let b = Region.new();
show("new b");
ignore Region.grow(b, 0);
show("grow b 0");
ignore Region.grow(a, 0);
show("grow a 0");
ignore Region.grow(a, 1);
show("grow a 1");
let c = Region.new();
show("new c");
ignore Region.grow(c, 128);
show("grow c 128");
ignore Region.grow(b, 129);
show("grow b 129");
