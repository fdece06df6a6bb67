// Region.new() traps when ExperimentalStableMemory holds more than 65_408
// pages: there is no room for the region metadata.
import Region "mo:base/Region";
import StableMemory "mo:base/ExperimentalStableMemory";
import Debug "mo:base/Debug";

Debug.print(debug_show StableMemory.grow(65_409));
let r = Region.new();
Debug.print(debug_show Region.id(r));
