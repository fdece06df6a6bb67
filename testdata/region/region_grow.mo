// grow returns the old size in pages; grow(r, 0) returns the size; physical
// pages grow by whole 128-page blocks.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

func pages() : (Nat, Nat) {
  (Prim.rts_stable_memory_size(), Prim.rts_logical_stable_memory_size())
};

let r = Region.new();
Debug.print(debug_show ("new", Region.size(r), pages()));
Debug.print(debug_show ("grow 1", Region.grow(r, 1), Region.size(r), pages()));
Debug.print(debug_show ("grow 3", Region.grow(r, 3), Region.size(r), pages()));
Debug.print(debug_show ("grow 0", Region.grow(r, 0), Region.size(r), pages()));
Debug.print(debug_show ("grow 124", Region.grow(r, 124), Region.size(r), pages()));
Debug.print(debug_show ("grow 1", Region.grow(r, 1), Region.size(r), pages()));
Debug.print(debug_show ("grow 300", Region.grow(r, 300), Region.size(r), pages()));
Debug.print(debug_show ("grow 0", Region.grow(r, 0), Region.size(r), pages()));
