// Blob: immutable byte sequences.
import Prim "mo:⛔";

module {
  public type Blob = Prim.Types.Blob;

  public func fromArray(bytes : [Nat8]) : Blob {
    Prim.arrayToBlob(bytes)
  };

  public func toArray(blob : Blob) : [Nat8] {
    Prim.blobToArray(blob)
  };

  // The number of bytes. motoko-base 0.15 lacks this function (motoko-core has it);
  // it is kept so that programs written against either library run.
  public func size(blob : Blob) : Nat {
    blob.size()
  };

  public func equal(blob1 : Blob, blob2 : Blob) : Bool { blob1 == blob2 };
}
