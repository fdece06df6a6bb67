// Serialising an array of account records into a Region snapshot and restoring it.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Text "mo:base/Text";
import Nat64 "mo:base/Nat64";
import Nat32 "mo:base/Nat32";
import Int64 "mo:base/Int64";
import Array "mo:base/Array";
import Nat8 "mo:base/Nat8";
import Blob "mo:base/Blob";

type Kind = { #checking; #savings : Float; #frozen : Text };
type Account = { owner : Text; balance : Int64; kind : Kind; tags : [Nat8] };

let snap = Region.new();
var w : Nat64 = 0;

func need(bytes : Nat64) {
  while (w + bytes > Region.size(snap) * 65_536) ignore Region.grow(snap, 1);
};
func putText(t : Text) {
  let b = Text.encodeUtf8(t);
  need(4 + Nat64.fromNat(b.size()));
  Region.storeNat32(snap, w, Nat32.fromNat(b.size()));
  Region.storeBlob(snap, w + 4, b);
  w += 4 + Nat64.fromNat(b.size());
};

func save(accounts : [Account]) {
  need(4);
  Region.storeNat32(snap, w, Nat32.fromNat(accounts.size()));
  w += 4;
  for (a in accounts.vals()) {
    putText(a.owner);
    need(9);
    Region.storeInt64(snap, w, a.balance);
    w += 8;
    switch (a.kind) {
      case (#checking) { Region.storeNat8(snap, w, 0); w += 1 };
      case (#savings rate) { need(9); Region.storeNat8(snap, w, 1); Region.storeFloat(snap, w + 1, rate); w += 9 };
      case (#frozen why) { Region.storeNat8(snap, w, 2); w += 1; putText(why) };
    };
    need(1 + Nat64.fromNat(a.tags.size()));
    Region.storeNat8(snap, w, Nat8.fromNat(a.tags.size()));
    Region.storeBlob(snap, w + 1, Blob.fromArray(a.tags));
    w += 1 + Nat64.fromNat(a.tags.size());
  };
};

var r : Nat64 = 0;
func getText() : Text {
  let len = Nat32.toNat(Region.loadNat32(snap, r));
  let t = Text.decodeUtf8(Region.loadBlob(snap, r + 4, len));
  r += 4 + Nat64.fromNat(len);
  switch t { case (?t) t; case null Debug.trap("bad text") };
};

func restore() : [Account] {
  let n = Nat32.toNat(Region.loadNat32(snap, r));
  r += 4;
  Array.tabulate<Account>(n, func _ {
    let owner = getText();
    let balance = Region.loadInt64(snap, r);
    r += 8;
    let tag = Region.loadNat8(snap, r);
    r += 1;
    let kind : Kind = switch tag {
      case 0 #checking;
      case 1 { let rate = Region.loadFloat(snap, r); r += 8; #savings rate };
      case 2 #frozen(getText());
      case _ Debug.trap("bad kind " # debug_show tag);
    };
    let count = Nat8.toNat(Region.loadNat8(snap, r));
    let tags = Blob.toArray(Region.loadBlob(snap, r + 1, count));
    r += 1 + Nat64.fromNat(count);
    { owner; balance; kind; tags };
  });
};

let accounts : [Account] = [
  { owner = "alice"; balance = 1_250; kind = #checking; tags = [1, 2] },
  { owner = "bób"; balance = -40; kind = #savings 0.035; tags = [] },
  { owner = "carol"; balance = Int64.maximumValue; kind = #frozen "audit"; tags = [255] },
];
save(accounts);
Debug.print("snapshot bytes " # Nat64.toText(w));
let restored = restore();
Debug.print(debug_show restored);
Debug.print(debug_show (restored == accounts, r == w));
// damage the kind tag of the first account and restore again
r := 0;
Region.storeNat8(snap, 4 + 4 + 5 + 8, 9);
ignore restore();
// trap-span: 71.14-71.54
