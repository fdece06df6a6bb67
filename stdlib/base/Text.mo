// Text: immutable Unicode strings. Pattern-based functions reproduce motoko-base's
// results exactly, including its quirks at partial matches (noted at each function).
import Prim "mo:⛔";
import Char "Char";
import Iter "Iter";
import Hash "Hash";

module {
  public type Text = Prim.Types.Text;

  public let fromChar : (c : Char) -> Text = Prim.charToText;

  public func fromArray(a : [Char]) : Text {
    fromIter(a.vals())
  };

  public func fromVarArray(a : [var Char]) : Text {
    fromIter(a.vals())
  };

  // The characters of `t`, first to last.
  public func toIter(t : Text) : Iter.Iter<Char> {
    t.chars()
  };

  public func toArray(t : Text) : [Char] {
    let rest = t.chars();
    // Array_tabulate asks for the elements in index order, so the iterator lines up.
    Prim.Array_tabulate<Char>(
      t.size(),
      func(_ : Nat) : Char {
        switch (rest.next()) {
          case (?c) { c };
          case null { Prim.trap("Text.toArray") };
        }
      },
    )
  };

  public func toVarArray(t : Text) : [var Char] {
    let array = Prim.Array_init<Char>(t.size(), ' ');
    var i = 0;
    for (c in t.chars()) {
      array[i] := c;
      i += 1;
    };
    array
  };

  public func fromIter(cs : Iter.Iter<Char>) : Text {
    var text = "";
    for (c in cs) {
      text #= Prim.charToText(c);
    };
    text
  };

  // The number of characters (not bytes).
  public func size(t : Text) : Nat {
    t.size()
  };

  // djb2 over the code points (h := h * 33 + c, modulo 2^32, from 5381), as motoko-base.
  public func hash(t : Text) : Hash.Hash {
    var h : Nat32 = 5381;
    for (c in t.chars()) {
      h := h *% 33 +% Prim.charToNat32(c);
    };
    h
  };

  public func concat(t1 : Text, t2 : Text) : Text {
    t1 # t2
  };

  public func equal(t1 : Text, t2 : Text) : Bool { t1 == t2 };

  public func notEqual(t1 : Text, t2 : Text) : Bool { t1 != t2 };

  public func less(t1 : Text, t2 : Text) : Bool { t1 < t2 };

  public func lessOrEqual(t1 : Text, t2 : Text) : Bool { t1 <= t2 };

  public func greater(t1 : Text, t2 : Text) : Bool { t1 > t2 };

  public func greaterOrEqual(t1 : Text, t2 : Text) : Bool { t1 >= t2 };

  // Lexicographic by code point.
  public func compare(t1 : Text, t2 : Text) : { #less; #equal; #greater } {
    if (t1 < t2) { #less } else if (t1 == t2) { #equal } else { #greater }
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

  public func map(t : Text, f : Char -> Char) : Text {
    var mapped = "";
    for (c in t.chars()) {
      mapped #= Prim.charToText(f(c));
    };
    mapped
  };

  public func translate(t : Text, f : Char -> Text) : Text {
    var translated = "";
    for (c in t.chars()) {
      translated #= f(c);
    };
    translated
  };

  // What the Pattern-based functions look for: one character, a text, or any
  // character satisfying a predicate.
  public type Pattern = {
    #char : Char;
    #text : Text;
    #predicate : (Char -> Bool);
  };

  // How a pattern fares at one position: it matches, it fails, or the text ends
  // while every character up to the end agreed with the pattern.
  type Attempt = { #matched; #failed; #textEnded };

  func attempt(cs : [Char], i : Nat, p : Pattern) : Attempt {
    switch p {
      case (#char(expected)) {
        if (i >= cs.size()) { #textEnded } else if (cs[i] == expected) { #matched } else {
          #failed
        }
      };
      case (#predicate(accepts)) {
        if (i >= cs.size()) { #textEnded } else if (accepts(cs[i])) { #matched } else {
          #failed
        }
      };
      case (#text(s)) {
        var j = i;
        for (expected in s.chars()) {
          if (j >= cs.size()) {
            return #textEnded;
          };
          if (cs[j] != expected) {
            return #failed;
          };
          j += 1;
        };
        #matched
      };
    }
  };

  // How many characters a match covers.
  func patternSize(p : Pattern) : Nat {
    switch p {
      case (#text(s)) { s.size() };
      case (#char(_) or #predicate(_)) { 1 };
    }
  };

  // The characters cs[from], ..., cs[until - 1].
  func slice(cs : [Char], from : Nat, until : Nat) : Text {
    var text = "";
    var i = from;
    while (i < until) {
      text #= Prim.charToText(cs[i]);
      i += 1;
    };
    text
  };

  // The fields between matches, left to right. No field for "", and an endless
  // run of "" for the pattern #text "" (motoko-base does the same).
  public func split(t : Text, p : Pattern) : Iter.Iter<Text> {
    let cs = toArray(t);
    let step = patternSize(p);
    var i = 0;
    var separated = false;
    var finished = false;
    object {
      public func next() : ?Text {
        if (finished) {
          return null;
        };
        var field = "";
        loop {
          switch (attempt(cs, i, p)) {
            case (#matched) {
              i += step;
              separated := true;
              return ?field;
            };
            case (#textEnded) {
              finished := true;
              field #= slice(cs, i, cs.size());
              return if (not separated and field == "") { null } else { ?field };
            };
            case (#failed) {
              field #= Prim.charToText(cs[i]);
              i += 1;
            };
          };
        };
      };
    }
  };

  // The non-empty fields of split.
  public func tokens(t : Text, p : Pattern) : Iter.Iter<Text> {
    let fields = split(t, p);
    object {
      public func next() : ?Text {
        loop {
          switch (fields.next()) {
            case (?"") {};
            case other { return other };
          };
        };
      };
    }
  };

  public func contains(t : Text, p : Pattern) : Bool {
    let cs = toArray(t);
    var i = 0;
    loop {
      switch (attempt(cs, i, p)) {
        case (#matched) { return true };
        case (#textEnded) { return false };
        case (#failed) { i += 1 };
      };
    };
  };

  public func startsWith(t : Text, p : Pattern) : Bool {
    attempt(toArray(t), 0, p) == #matched
  };

  public func endsWith(t : Text, p : Pattern) : Bool {
    let cs = toArray(t);
    let length = patternSize(p);
    if (length == 0) {
      return true;
    };
    length <= cs.size() and attempt(cs, cs.size() - length, p) == #matched
  };

  // Every match, left to right and not overlapping, replaced by `r`; #text ""
  // matches before every character and at the end.
  public func replace(t : Text, p : Pattern, r : Text) : Text {
    let cs = toArray(t);
    let step = patternSize(p);
    var result = "";
    var i = 0;
    loop {
      // After a failure, and after an empty match, one character is kept as it is.
      var keepOne = true;
      switch (attempt(cs, i, p)) {
        case (#matched) {
          result #= r;
          i += step;
          keepOne := step == 0;
        };
        case (#textEnded) {
          return result # slice(cs, i, cs.size());
        };
        case (#failed) {};
      };
      if (keepOne) {
        if (i >= cs.size()) {
          return result;
        };
        result #= Prim.charToText(cs[i]);
        i += 1;
      };
    };
  };

  // `t` without one leading match, or null when it does not start with one.
  public func stripStart(t : Text, p : Pattern) : ?Text {
    let cs = toArray(t);
    let length = patternSize(p);
    if (length == 0) {
      return ?t;
    };
    if (attempt(cs, 0, p) == #matched) { ?slice(cs, length, cs.size()) } else { null }
  };

  // `t` without one trailing match, or null when it does not end with one.
  public func stripEnd(t : Text, p : Pattern) : ?Text {
    let cs = toArray(t);
    let length = patternSize(p);
    if (length == 0) {
      return ?t;
    };
    if (length > cs.size()) {
      return null;
    };
    let start = cs.size() - length;
    if (attempt(cs, start, p) == #matched) { ?slice(cs, 0, start) } else { null }
  };

  // Where the run of matches starting at `from` stops, and why: a failure or
  // the end of the text. Each position is tried once (predicates see each character once).
  func skipMatches(cs : [Char], from : Nat, p : Pattern, length : Nat) : (Nat, Attempt) {
    var i = from;
    loop {
      switch (attempt(cs, i, p)) {
        case (#matched) { i += length };
        case stop { return (i, stop) };
      };
    };
  };

  // `t` without its leading run of matches.
  public func trimStart(t : Text, p : Pattern) : Text {
    let cs = toArray(t);
    let length = patternSize(p);
    if (length == 0) {
      return t;
    };
    let (start, _) = skipMatches(cs, 0, p, length);
    if (start == 0) { t } else { slice(cs, start, cs.size()) }
  };

  // The length of the run of matches that ends the text, scanning from `from`:
  // after a match the scan moves past it, after a failure by one character.
  // Also whether the text ends inside a partial match (which the run excludes).
  func trailingRun(cs : [Char], from : Nat, p : Pattern, length : Nat) : (Nat, Bool) {
    var i = from;
    var run = 0;
    loop {
      switch (attempt(cs, i, p)) {
        case (#matched) {
          run += length;
          i += length;
        };
        case (#textEnded) { return (run, i < cs.size()) };
        case (#failed) {
          run := 0;
          i += 1;
        };
      };
    };
  };

  // `t` without its trailing run of matches; unchanged when the text ends with
  // a partial match (so trimEnd("aaa", #text "aa") is "aaa", as in motoko-base).
  public func trimEnd(t : Text, p : Pattern) : Text {
    let cs = toArray(t);
    let length = patternSize(p);
    if (length == 0) {
      return t;
    };
    switch (trailingRun(cs, 0, p, length)) {
      case (_, true) { t };
      case (run, false) { slice(cs, 0, cs.size() - run) };
    }
  };

  // Both runs removed; unlike trimEnd, a partial match at the end does not keep
  // the text whole, it only ends the trailing run: trim("xaba", #text "ab") is "xa",
  // as in motoko-base.
  public func trim(t : Text, p : Pattern) : Text {
    let cs = toArray(t);
    let length = patternSize(p);
    if (length == 0) {
      return t;
    };
    switch (skipMatches(cs, 0, p, length)) {
      case (0, #textEnded) { t };
      case (start, #textEnded) { slice(cs, start, cs.size()) };
      case (start, _) {
        // The character where the leading run failed is kept without a second look.
        let (run, _) = trailingRun(cs, start + 1, p, length);
        slice(cs, start, cs.size() - run)
      };
    }
  };

  // Lexicographic, comparing characters with `cmp`; a proper prefix is less.
  public func compareWith(
    t1 : Text,
    t2 : Text,
    cmp : (Char, Char) -> { #less; #equal; #greater },
  ) : { #less; #equal; #greater } {
    let cs1 = t1.chars();
    let cs2 = t2.chars();
    loop {
      switch (cs1.next(), cs2.next()) {
        case (null, null) { return #equal };
        case (null, ?_) { return #less };
        case (?_, null) { return #greater };
        case (?c1, ?c2) {
          let order = cmp(c1, c2);
          if (order != #equal) {
            return order;
          };
        };
      };
    };
  };

  public let encodeUtf8 : Text -> Blob = Prim.encodeUtf8;

  // null when the bytes are not valid UTF-8.
  public let decodeUtf8 : Blob -> ?Text = Prim.decodeUtf8;

  // Unicode case mappings, not only ASCII.
  public let toLowercase : Text -> Text = Prim.textLowercase;

  public let toUppercase : Text -> Text = Prim.textUppercase;
}
