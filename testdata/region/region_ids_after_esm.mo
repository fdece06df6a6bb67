// Using ExperimentalStableMemory first does not shift region ids: the first
// Region.new() is still 16.
import Region "mo:base/Region";
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

ignore StableMemory.grow(3);
StableMemory.storeNat8(0, 1);
let r = Region.new();
let s = Region.new();
Debug.print(debug_show (Region.id(r), Region.id(s)));
Debug.print(debug_show (StableMemory.size(), Region.size(r), Region.size(s)));
