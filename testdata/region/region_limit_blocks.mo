// The 511-block ceiling is shared by all regions; once it is reached a region
// can still use the unused tail of its last block.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Prim "mo:⛔";

let a = Region.new();
let b = Region.new();
let c = Region.new();
Debug.print(debug_show ("a grow 1", Region.grow(a, 1)));
Debug.print(debug_show ("b grow 509 blocks", Region.grow(b, 509 * 128)));
Debug.print(debug_show ("c grow 128", Region.grow(c, 128)));
Debug.print(debug_show ("physical", Prim.rts_stable_memory_size()));
Debug.print(debug_show ("c grow 1", Region.grow(c, 1)));
Debug.print(debug_show ("b grow 1", Region.grow(b, 1)));
Debug.print(debug_show ("a grow 128", Region.grow(a, 128)));
Debug.print(debug_show ("a grow 127", Region.grow(a, 127)));
Debug.print(debug_show ("a grow 1", Region.grow(a, 1)));
Debug.print(debug_show ("sizes", Region.size(a), Region.size(b), Region.size(c)));
Debug.print(debug_show ("physical", Prim.rts_stable_memory_size()));
let d = Region.new();
Debug.print(debug_show ("d", Region.id(d), Region.grow(d, 0), Region.grow(d, 1)));
