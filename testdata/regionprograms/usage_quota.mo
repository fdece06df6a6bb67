// Per-user storage quotas: sizes kept in a Region as Nat64, checked with Nat arithmetic.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Nat16 "mo:base/Nat16";
import Blob "mo:base/Blob";
import Array "mo:base/Array";

let quotas = Region.new();
let files = Region.new();
ignore Region.grow(quotas, 1);
let limit : Nat = 100_000;
var filesEnd : Nat64 = 0;

func used(user : Nat64) : Nat = Nat64.toNat(Region.loadNat64(quotas, user * 8));

func remaining(user : Nat64) : Nat = limit - used(user);

func store(user : Nat64, data : Blob) : Bool {
  if (data.size() > remaining(user)) return false;
  let need = filesEnd + 2 + Nat64.fromNat(data.size());
  while (need > Region.size(files) * 65_536) ignore Region.grow(files, 1);
  // the length prefix is a Nat16: files must stay under 64 KiB
  Region.storeNat16(files, filesEnd, Nat16.fromNat(data.size()));
  Region.storeBlob(files, filesEnd + 2, data);
  filesEnd := need;
  Region.storeNat64(quotas, user * 8, Nat64.fromNat(used(user) + data.size()));
  true;
};

func blobOf(n : Nat, byte : Nat8) : Blob = Blob.fromArray(Array.tabulate<Nat8>(n, func _ = byte));

Debug.print(debug_show store(1, blobOf(40_000, 1)));
Debug.print(debug_show store(1, blobOf(40_000, 2)));
Debug.print(debug_show store(1, blobOf(40_000, 3)));
Debug.print(debug_show (used(1), remaining(1), remaining(2), filesEnd, Region.size(files)));
Debug.print(debug_show store(2, blobOf(0, 0)));
Debug.print(debug_show Region.loadBlob(files, 40_000, 6));
// an admin raises a user's usage above the limit by hand
Region.storeNat64(quotas, 3 * 8, 100_001);
Debug.print(debug_show used(3));
Debug.print(debug_show remaining(3));
// trap-span: 17.38-17.56
