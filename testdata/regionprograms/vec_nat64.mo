// A growable vector of Nat64 kept in a Region: slot 0 holds the length.
import Region "mo:base/Region";
import Nat64 "mo:base/Nat64";
import Debug "mo:base/Debug";

let pageSize : Nat64 = 65_536;

class StableVec() {
  let region = Region.new();

  func ensureCapacity(bytes : Nat64) {
    let have = Region.size(region) * pageSize;
    if (bytes > have) {
      let needed = (bytes - have + pageSize - 1) / pageSize;
      let old = Region.grow(region, needed);
      if (old == 0xFFFF_FFFF_FFFF_FFFF) {
        Debug.trap("out of stable memory");
      };
    };
  };

  ensureCapacity(8);

  public func size() : Nat64 = Region.loadNat64(region, 0);

  public func push(x : Nat64) {
    let n = size();
    ensureCapacity(8 * (n + 2));
    Region.storeNat64(region, 8 * (n + 1), x);
    Region.storeNat64(region, 0, n + 1);
  };

  public func get(i : Nat64) : Nat64 {
    assert i < size();
    Region.loadNat64(region, 8 * (i + 1));
  };

  public func pop() : ?Nat64 {
    let n = size();
    if (n == 0) return null;
    let x = get(n - 1);
    Region.storeNat64(region, 0, n - 1);
    ?x;
  };

  public func pages() : Nat64 = Region.size(region);
};

let v = StableVec();
var i : Nat64 = 0;
while (i < 10_000) {
  v.push(i * i);
  i += 1;
};
Debug.print("size " # debug_show v.size() # " pages " # debug_show v.pages());
Debug.print(debug_show (v.get(0), v.get(99), v.get(9_999)));
Debug.print(debug_show v.pop());
Debug.print(debug_show v.size());
var sum : Nat64 = 0;
var j : Nat64 = 0;
while (j < v.size()) { sum +%= v.get(j); j += 1 };
Debug.print("sum " # Nat64.toText(sum));
ignore v.get(v.size());
// trap-span: 34.5-34.22
