// Decoding UTF-8 by hand from a Region, byte by byte, and checking against Text.decodeUtf8.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Text "mo:base/Text";
import Char "mo:base/Char";
import Nat32 "mo:base/Nat32";
import Nat64 "mo:base/Nat64";
import Nat8 "mo:base/Nat8";

let r = Region.new();
ignore Region.grow(r, 1);

func byte(at : Nat64) : Nat32 = Nat32.fromNat(Nat8.toNat(Region.loadNat8(r, at)));

func decode(from : Nat64, len : Nat64) : Text {
  var out = "";
  var at = from;
  let end = from + len;
  while (at < end) {
    let b0 = byte(at);
    let (cp, width) : (Nat32, Nat64) =
      if (b0 < 0x80) (b0, 1)
      else if (b0 >> 5 == 0x6) (((b0 & 0x1F) << 6) | (byte(at + 1) & 0x3F), 2)
      else if (b0 >> 4 == 0xE) (((b0 & 0x0F) << 12) | ((byte(at + 1) & 0x3F) << 6) | (byte(at + 2) & 0x3F), 3)
      else if (b0 >> 3 == 0x1E) (((b0 & 0x07) << 18) | ((byte(at + 1) & 0x3F) << 12) | ((byte(at + 2) & 0x3F) << 6) | (byte(at + 3) & 0x3F), 4)
      else Debug.trap("invalid lead byte " # Nat32.toText(b0) # " at " # Nat64.toText(at));
    out #= Char.toText(Char.fromNat32(cp));
    at += width;
  };
  out;
};

let samples = ["plain ascii", "café", "€100", "𝄞 clef", "mixed: ä€𝄞!", ""];
var at : Nat64 = 0;
for (s in samples.vals()) {
  let b = Text.encodeUtf8(s);
  Region.storeBlob(r, at, b);
  let len = Nat64.fromNat(b.size());
  let mine = decode(at, len);
  let theirs = Text.decodeUtf8(Region.loadBlob(r, at, b.size()));
  Debug.print(debug_show (mine, ?mine == theirs, len, mine.size()));
  at += len;
};
// a lone continuation byte is rejected by the hand decoder
Region.storeNat8(r, at, 0x80);
Debug.print(debug_show Text.decodeUtf8(Region.loadBlob(r, at, 1)));
Debug.print(decode(at, 1));
// trap-span: 26.12-26.91
