// Storing a file whose length no longer fits the Nat16 length prefix.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Nat16 "mo:base/Nat16";
import Blob "mo:base/Blob";
import Array "mo:base/Array";
import Nat8 "mo:base/Nat8";

let files = Region.new();
var filesEnd : Nat64 = 0;

func store(data : Blob) : Nat64 {
  let at = filesEnd;
  let need = at + 2 + Nat64.fromNat(data.size());
  while (need > Region.size(files) * 65_536) ignore Region.grow(files, 1);
  Region.storeNat16(files, at, Nat16.fromNat(data.size()));
  Region.storeBlob(files, at + 2, data);
  filesEnd := need;
  at;
};

func load(at : Nat64) : Blob = Region.loadBlob(files, at + 2, Nat16.toNat(Region.loadNat16(files, at)));

let sizes = [10, 65_535, 0, 3];
for (n in sizes.vals()) {
  let at = store(Blob.fromArray(Array.tabulate<Nat8>(n, func i = Nat8.fromIntWrap(i))));
  let back = load(at);
  Debug.print(debug_show (at, back.size(), Region.size(files)));
};
ignore store(Blob.fromArray(Array.tabulate<Nat8>(65_536, func _ = 0)));
// trap-span: 17.32-17.58
