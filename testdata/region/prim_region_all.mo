// The raw mo:⛔ region primitives that mo:base/Region binds.
import Prim "mo:⛔";

let r = Prim.regionNew();
Prim.debugPrint(debug_show (Prim.regionId(r), Prim.regionSize(r)));
Prim.debugPrint(debug_show Prim.regionGrow(r, 3));
Prim.debugPrint(debug_show Prim.regionSize(r));
Prim.regionStoreNat8(r, 65_535, 1);
Prim.regionStoreNat16(r, 65_536, 2);
Prim.regionStoreNat32(r, 65_538, 3);
Prim.regionStoreNat64(r, 65_542, 4);
Prim.regionStoreInt8(r, 65_550, -1);
Prim.regionStoreInt16(r, 65_551, -2);
Prim.regionStoreInt32(r, 65_553, -3);
Prim.regionStoreInt64(r, 65_557, -4);
Prim.regionStoreFloat(r, 65_565, 0.5);
Prim.regionStoreBlob(r, 65_573, "\FE\ED");
Prim.debugPrint(debug_show (Prim.regionLoadNat8(r, 65_535), Prim.regionLoadNat16(r, 65_536), Prim.regionLoadNat32(r, 65_538), Prim.regionLoadNat64(r, 65_542)));
Prim.debugPrint(debug_show (Prim.regionLoadInt8(r, 65_550), Prim.regionLoadInt16(r, 65_551), Prim.regionLoadInt32(r, 65_553), Prim.regionLoadInt64(r, 65_557)));
Prim.debugPrint(debug_show (Prim.regionLoadFloat(r, 65_565), Prim.regionLoadBlob(r, 65_573, 2)));
Prim.debugPrint(debug_show Prim.regionLoadBlob(r, 65_534, 42));
Prim.debugPrint(debug_show (Prim.rts_stable_memory_size(), Prim.rts_logical_stable_memory_size()));
