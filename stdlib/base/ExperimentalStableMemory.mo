// ExperimentalStableMemory: the single, older stable memory area (region 0).
// stableVarQuery is left out: it needs shared functions, which mori does not model.
import Prim "mo:⛔";

module {
  // The current size in pages of 65_536 bytes.
  public let size : () -> (pages : Nat64) = Prim.stableMemorySize;

  // Adds zeroed pages; returns the previous size, or 0xFFFF_FFFF_FFFF_FFFF (changing nothing) on failure.
  public let grow : (newPages : Nat64) -> (oldPages : Nat64) = Prim.stableMemoryGrow;

  // Loads and stores are little-endian at byte offsets and trap outside the memory.
  public let loadNat8 : (offset : Nat64) -> Nat8 = Prim.stableMemoryLoadNat8;
  public let storeNat8 : (offset : Nat64, value : Nat8) -> () = Prim.stableMemoryStoreNat8;

  public let loadNat16 : (offset : Nat64) -> Nat16 = Prim.stableMemoryLoadNat16;
  public let storeNat16 : (offset : Nat64, value : Nat16) -> () = Prim.stableMemoryStoreNat16;

  public let loadNat32 : (offset : Nat64) -> Nat32 = Prim.stableMemoryLoadNat32;
  public let storeNat32 : (offset : Nat64, value : Nat32) -> () = Prim.stableMemoryStoreNat32;

  public let loadNat64 : (offset : Nat64) -> Nat64 = Prim.stableMemoryLoadNat64;
  public let storeNat64 : (offset : Nat64, value : Nat64) -> () = Prim.stableMemoryStoreNat64;

  public let loadInt8 : (offset : Nat64) -> Int8 = Prim.stableMemoryLoadInt8;
  public let storeInt8 : (offset : Nat64, value : Int8) -> () = Prim.stableMemoryStoreInt8;

  public let loadInt16 : (offset : Nat64) -> Int16 = Prim.stableMemoryLoadInt16;
  public let storeInt16 : (offset : Nat64, value : Int16) -> () = Prim.stableMemoryStoreInt16;

  public let loadInt32 : (offset : Nat64) -> Int32 = Prim.stableMemoryLoadInt32;
  public let storeInt32 : (offset : Nat64, value : Int32) -> () = Prim.stableMemoryStoreInt32;

  public let loadInt64 : (offset : Nat64) -> Int64 = Prim.stableMemoryLoadInt64;
  public let storeInt64 : (offset : Nat64, value : Int64) -> () = Prim.stableMemoryStoreInt64;

  public let loadFloat : (offset : Nat64) -> Float = Prim.stableMemoryLoadFloat;
  public let storeFloat : (offset : Nat64, value : Float) -> () = Prim.stableMemoryStoreFloat;

  public let loadBlob : (offset : Nat64, size : Nat) -> Blob = Prim.stableMemoryLoadBlob;
  public let storeBlob : (offset : Nat64, value : Blob) -> () = Prim.stableMemoryStoreBlob;
}
