// A write-ahead journal using mo:core/Region: fixed 32-byte slots with a checksum byte.
import Region "mo:core/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Nat8 "mo:base/Nat8";
import Nat32 "mo:base/Nat32";
import Int64 "mo:base/Int64";

let journal = Region.new();
let slot : Nat64 = 32;
var head : Nat64 = 0;

func checksum(b : Blob) : Nat8 {
  var s : Nat8 = 0;
  for (x in b.vals()) s := s +% x;
  ^s;
};

func appendOp(op : Nat8, key : Nat32, amount : Int64) {
  if ((head + 1) * slot > Region.size(journal) * 65_536) {
    if (Region.grow(journal, 1) == 0xFFFF_FFFF_FFFF_FFFF) Debug.trap("journal full");
  };
  let at = head * slot;
  Region.storeNat8(journal, at, op);
  Region.storeNat32(journal, at + 1, key);
  Region.storeInt64(journal, at + 5, amount);
  Region.storeNat8(journal, at + 31, checksum(Region.loadBlob(journal, at, 31)));
  head += 1;
};

func verify(i : Nat64) : Bool {
  let at = i * slot;
  checksum(Region.loadBlob(journal, at, 31)) == Region.loadNat8(journal, at + 31);
};

func replay() : (Int64, Nat) {
  var total : Int64 = 0;
  var bad = 0;
  var i : Nat64 = 0;
  while (i < head) {
    if (verify(i)) {
      let at = i * slot;
      let amount = Region.loadInt64(journal, at + 5);
      switch (Region.loadNat8(journal, at)) {
        case 1 total += amount;
        case 2 total -= amount;
        case _ {};
      };
    } else bad += 1;
    i += 1;
  };
  (total, bad);
};

appendOp(1, 7, 500);
appendOp(1, 8, 250);
appendOp(2, 7, 125);
appendOp(3, 9, 1_000_000);
Debug.print(debug_show replay());
Debug.print(debug_show Region.loadBlob(journal, 0, 32));
// flip a byte of the second entry: replay skips it
Region.storeNat8(journal, 32 + 6, Region.loadNat8(journal, 32 + 6) ^ 0x10);
Debug.print(debug_show replay());
var k : Nat64 = 0;
while (k < 4000) { appendOp(1, Nat32.fromNat(Nat64.toNat(k)), 1); k += 1 };
Debug.print(debug_show (replay(), Region.size(journal), Region.id(journal)));
appendOp(1, 0, Int64.maximumValue);
appendOp(1, 0, 1);
Debug.print(debug_show replay());
// trap-span: 45.16-45.31
