/// A free-list allocator of blocks in a stable Region, in the style of mops'
/// region allocators: each block starts with an 8-byte header holding its
/// size class, freed blocks are kept in one list per size class (the link
/// stored in the block itself), and the region grows page by page.
import Region "mo:base/Region";
import Nat64 "mo:base/Nat64";
import Array "mo:base/Array";
import Option "mo:base/Option";
import Debug "mo:base/Debug";

module {
  public type Address = Nat64;

  let PAGE : Nat64 = 65_536;
  let HEADER : Nat64 = 8;
  let GRAIN : Nat64 = 16;
  let CLASSES = 64;

  public type Stats = { allocated : Nat; freed : Nat; reused : Nat; pages : Nat64 };

  public class FreeList(region : Region.Region) {
    var end : Nat64 = 0; // bump pointer: everything below was handed out once
    let heads = Array.init<?Address>(CLASSES, null);
    var allocated = 0;
    var freed = 0;
    var reused = 0;

    func classOf(size : Nat) : Nat {
      let n = Nat64.fromNat(size) + HEADER;
      Nat64.toNat((n + GRAIN - 1) / GRAIN - 1);
    };

    func blockSize(c : Nat) : Nat64 { Nat64.fromNat(c + 1) * GRAIN };

    func ensure(limit : Nat64) {
      let have = Region.size(region) * PAGE;
      if (limit > have) {
        let pages = (limit - have + PAGE - 1) / PAGE;
        if (Region.grow(region, pages) == 0xFFFF_FFFF_FFFF_FFFF) Debug.trap("FreeList: out of stable memory");
      };
    };

    /// A block of at least size bytes; its address is past the header.
    public func allocate(size : Nat) : Address {
      let c = classOf(size);
      if (c >= CLASSES) Debug.trap("FreeList: block too large");
      allocated += 1;
      switch (heads[c]) {
        case (?block) {
          let next = Region.loadNat64(region, block + HEADER);
          heads[c] := if (next == 0) null else ?next;
          reused += 1;
          block + HEADER;
        };
        case null {
          let block = end;
          end += blockSize(c);
          ensure(end);
          Region.storeNat64(region, block, Nat64.fromNat(c));
          block + HEADER;
        };
      };
    };

    public func deallocate(address : Address) {
      let block = address - HEADER;
      let c = Nat64.toNat(Region.loadNat64(region, block));
      let next = Option.get(heads[c], 0 : Nat64);
      Region.storeNat64(region, address, next);
      heads[c] := ?block;
      freed += 1;
    };

    public func store(address : Address, data : Blob) { Region.storeBlob(region, address, data) };

    public func load(address : Address, size : Nat) : Blob { Region.loadBlob(region, address, size) };

    public func stats() : Stats { { allocated; freed; reused; pages = Region.size(region) } };
  };
};
