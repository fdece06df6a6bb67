/// A growable buffer of Blobs kept in two stable Regions, in the style of
/// mops' memory buffers: the bytes are appended to a data region, and an
/// index region holds each element's (offset, size) as two Nat64s.
import Region "mo:base/Region";
import Nat64 "mo:base/Nat64";
import Nat "mo:base/Nat";
import Debug "mo:base/Debug";
import Iter "mo:base/Iter";

module {
  let PAGE : Nat64 = 65_536;

  public type StableBuffer = {
    data : Region.Region;
    index : Region.Region;
    var count : Nat;
    var dataEnd : Nat64;
  };

  public func new() : StableBuffer {
    { data = Region.new(); index = Region.new(); var count = 0; var dataEnd = 0 };
  };

  func ensure(r : Region.Region, limit : Nat64) {
    let have = Region.size(r) * PAGE;
    if (limit > have) {
      if (Region.grow(r, (limit - have + PAGE - 1) / PAGE) == 0xFFFF_FFFF_FFFF_FFFF) {
        Debug.trap("StableBuffer: out of stable memory");
      };
    };
  };

  public func size(b : StableBuffer) : Nat { b.count };

  public func add(b : StableBuffer, blob : Blob) {
    let offset = b.dataEnd;
    let n = Nat64.fromNat(blob.size());
    ensure(b.data, offset + n);
    Region.storeBlob(b.data, offset, blob);
    b.dataEnd += n;
    let at = Nat64.fromNat(b.count) * 16;
    ensure(b.index, at + 16);
    Region.storeNat64(b.index, at, offset);
    Region.storeNat64(b.index, at + 8, n);
    b.count += 1;
  };

  func entry(b : StableBuffer, i : Nat) : (Nat64, Nat64) {
    if (i >= b.count) Debug.trap("StableBuffer: index " # Nat.toText(i) # " out of bounds");
    let at = Nat64.fromNat(i) * 16;
    (Region.loadNat64(b.index, at), Region.loadNat64(b.index, at + 8));
  };

  public func get(b : StableBuffer, i : Nat) : Blob {
    let (offset, n) = entry(b, i);
    Region.loadBlob(b.data, offset, Nat64.toNat(n));
  };

  public func getOpt(b : StableBuffer, i : Nat) : ?Blob {
    if (i < b.count) ?get(b, i) else null;
  };

  /// Replaces element i: in place when the new bytes fit, else appended.
  public func put(b : StableBuffer, i : Nat, blob : Blob) {
    let (offset, n) = entry(b, i);
    let m = Nat64.fromNat(blob.size());
    let at = Nat64.fromNat(i) * 16;
    if (m <= n) {
      Region.storeBlob(b.data, offset, blob);
    } else {
      let fresh = b.dataEnd;
      ensure(b.data, fresh + m);
      Region.storeBlob(b.data, fresh, blob);
      b.dataEnd += m;
      Region.storeNat64(b.index, at, fresh);
    };
    Region.storeNat64(b.index, at + 8, m);
  };

  public func vals(b : StableBuffer) : Iter.Iter<Blob> {
    var i = 0;
    object {
      public func next() : ?Blob {
        let r = getOpt(b, i);
        i += 1;
        r;
      };
    };
  };
};
