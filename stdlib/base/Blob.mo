// Blob: immutable byte sequences.
import Prim "mo:⛔";

module {
  public type Blob = Prim.Types.Blob;

  public func fromArray(bytes : [Nat8]) : Blob {
    Prim.arrayToBlob(bytes)
  };

  public func fromArrayMut(bytes : [var Nat8]) : Blob {
    Prim.arrayMutToBlob(bytes)
  };

  public func toArray(blob : Blob) : [Nat8] {
    Prim.blobToArray(blob)
  };

  public func toArrayMut(blob : Blob) : [var Nat8] {
    Prim.blobToArrayMut(blob)
  };

  // The runtime's 32-bit hash of the bytes.
  public func hash(blob : Blob) : Nat32 {
    Prim.hashBlob(blob)
  };

  // The number of bytes. motoko-base 0.15 lacks this function (motoko-core has it);
  // it is kept so that programs written against either library run.
  public func size(blob : Blob) : Nat {
    blob.size()
  };

  public func equal(blob1 : Blob, blob2 : Blob) : Bool { blob1 == blob2 };
}
