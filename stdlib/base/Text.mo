// Text: immutable Unicode strings.
import Prim "mo:⛔";
import Iter "Iter";

module {
  public type Text = Prim.Types.Text;

  public let fromChar : (c : Char) -> Text = Prim.charToText;

  // The characters of `t`, first to last.
  public func toIter(t : Text) : Iter.Iter<Char> {
    t.chars()
  };

  // The number of characters (not bytes).
  public func size(t : Text) : Nat {
    t.size()
  };

  public func concat(t1 : Text, t2 : Text) : Text {
    t1 # t2
  };

  // The texts of `ts` with `sep` between neighbours.
  public func join(sep : Text, ts : Iter.Iter<Text>) : Text {
    var joined = "";
    var first = true;
    for (t in ts) {
      if (first) {
        first := false;
      } else {
        joined := joined # sep;
      };
      joined := joined # t;
    };
    joined
  };

  public func equal(t1 : Text, t2 : Text) : Bool { t1 == t2 };

  public func notEqual(t1 : Text, t2 : Text) : Bool { t1 != t2 };

  // Lexicographic by code point.
  public func compare(t1 : Text, t2 : Text) : { #less; #equal; #greater } {
    if (t1 < t2) { #less } else if (t1 == t2) { #equal } else { #greater }
  };

  public let encodeUtf8 : Text -> Blob = Prim.encodeUtf8;

  // null when the bytes are not valid UTF-8.
  public let decodeUtf8 : Blob -> ?Text = Prim.decodeUtf8;
}
