// A transaction log: each change is appended after a metadata header as an
// 8-byte length and its bytes, and the current state is rebuilt by replaying
// the log from the start.
//   offset 0: version, 8: entry count, 16: next free position, 24: log
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Nat32 "mo:base/Nat32";
import Char "mo:base/Char";
import Text "mo:base/Text";
import Int "mo:base/Int";
import Option "mo:base/Option";

let logRegion = Region.new();
ignore Region.grow(logRegion, 1);
Region.storeNat64(logRegion, 0, 1);
Region.storeNat64(logRegion, 8, 0);
Region.storeNat64(logRegion, 16, 24);

func appendToLog(data : Blob) {
  let count = Region.loadNat64(logRegion, 8);
  let position = Region.loadNat64(logRegion, 16);
  let size = Nat64.fromNat(data.size());
  Region.storeNat64(logRegion, position, size);
  Region.storeBlob(logRegion, position + 8, data);
  Region.storeNat64(logRegion, 8, count + 1);
  Region.storeNat64(logRegion, 16, position + 8 + size);
};

// A transaction is text: a sign and an amount, e.g. "+100" or "-30".
func amountOf(entry : Text) : Int {
  var sign : Int = 1;
  var amount : Int = 0;
  for (c in Text.toIter(entry)) {
    if (c == '-') {
      sign := -1;
    } else if (Char.isDigit(c)) {
      amount := amount * 10 + Nat32.toNat(Char.toNat32(c) - Char.toNat32('0'));
    };
  };
  sign * amount
};

func replay() : Int {
  let count = Region.loadNat64(logRegion, 8);
  var balance : Int = 0;
  var position : Nat64 = 24;
  var i : Nat64 = 0;
  while (i < count) {
    let size = Region.loadNat64(logRegion, position);
    let entry = Option.get(Text.decodeUtf8(Region.loadBlob(logRegion, position + 8, Nat64.toNat(size))), "");
    balance += amountOf(entry);
    Debug.print("  replay " # entry # " -> " # Int.toText(balance));
    position += 8 + size;
    i += 1;
  };
  balance
};

for (t in ["+100", "-30", "+250", "-75"].vals()) {
  appendToLog(Text.encodeUtf8(t));
  Debug.print("logged " # t);
};
Debug.print("entries: " # Nat64.toText(Region.loadNat64(logRegion, 8)) # ", next position: " # Nat64.toText(Region.loadNat64(logRegion, 16)));
Debug.print("balance after replay: " # Int.toText(replay()));
appendToLog(Text.encodeUtf8("+5"));
Debug.print("one more entry; balance: " # Int.toText(replay()));
