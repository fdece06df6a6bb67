// A tokenizer class whose private helpers call each other in either order, with fields
// initialised from earlier fields, used through a structural type.
import Debug "mo:base/Debug";
import Char "mo:base/Char";
import Iter "mo:base/Iter";
import Nat "mo:base/Nat";

type WordSource = { nextWord : () -> ?Text };

class Tokenizer(src : Text) {
  let chars : [Char] = Iter.toArray(src.chars());
  var pos = 0;
  public let length = chars.size();
  public var words = 0;

  public func nextWord() : ?Text {
    skipSeparators();
    if (pos >= length) return null;
    words += 1;
    ?readWord("")
  };

  func readWord(acc : Text) : Text {
    if (pos < length and not isSeparator(chars[pos])) {
      let c = chars[pos];
      pos += 1;
      readWord(acc # Char.toText(c))
    } else acc
  };

  func skipSeparators() {
    while (pos < length and isSeparator(chars[pos])) pos += 1;
  };

  func isSeparator(c : Char) : Bool = c == ' ' or c == ',' or c == '.';
};

func collect(s : WordSource) : [Text] = Iter.toArray({ next = s.nextWord });

let t = Tokenizer("  the cat, the hat.  and   the bat ");
Debug.print(debug_show t.length);
Debug.print(debug_show collect(t));
Debug.print(debug_show (t.words, t.nextWord()));
t.words := 0;
Debug.print(debug_show collect(Tokenizer("")));

func longest(s : WordSource) : Text {
  var best = "";
  label l loop {
    switch (s.nextWord()) {
      case null break l;
      case (?w) if (w.size() > best.size()) best := w;
    };
  };
  best
};
Debug.print(longest(Tokenizer("a quick brownish fox")));
Debug.print(Nat.toText(Tokenizer("x y z").length));
