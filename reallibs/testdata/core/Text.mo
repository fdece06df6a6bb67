// motoko-core Text.
import Text "mo:core/Text";
import Char "mo:core/Char";
import Iter "mo:core/Iter";
import Nat32 "mo:core/Nat32";
import Debug "mo:core/Debug";

let t = "Hello, World! Héllo ☃";
Debug.print(debug_show (t.size(), Text.fromChar('x'), Text.fromArray(['a', 'b']), Text.fromVarArray([var 'c']), "hi".toArray(), "yo".toVarArray(), Text.fromIter(['i', 't'].values()), Iter.toArray("xyz".toIter())));
Debug.print(debug_show ("".isEmpty(), t.isEmpty(), "ab".concat("cd"), "abc".reverse(), "abc".foldLeft<Nat>(0, func(n, c) = n + Char.toNat32(c).toNat()), ["x", "y", "z"].values().join(", ")));
Debug.print(debug_show ("abc".map(func c = Char.fromNat32(c.toNat32() + 1)), "a-b".flatMap(func c = if (c == '-') "--" else c.toText()), "abc".equal("abc"), "abc".compare("abd"), Text.less("a", "b"), "b" > "a"));
Debug.print(debug_show (Iter.toArray("a,b,,c".split(#char ',')), Iter.toArray("  split  these words ".tokens(#char ' ')), Iter.toArray("one--two".split(#text "--")), Iter.toArray("a1b22c".split(#predicate(func c = c.isDigit())))));
Debug.print(debug_show (t.contains(#text "World"), t.contains(#char 'z'), t.startsWith(#text "Hell"), t.endsWith(#char '☃'), "aXbXc".replace(#char 'X', "--"), "banana".replace(#text "an", "AN")));
Debug.print(debug_show ("prefix-rest".stripStart(#text "prefix-"), "rest".stripStart(#text "prefix"), "file.mo".stripEnd(#text ".mo"), "xxhixx".trimStart(#char 'x'), "xxhixx".trimEnd(#char 'x'), "  hi  ".trim(#char ' ')));
Debug.print(debug_show ("abc".compareWith("ABD", func(a, b) = Char.compare(Char.fromNat32(a.toNat32() | 32), Char.fromNat32(b.toNat32() | 32))), "é☃".encodeUtf8(), Text.decodeUtf8("\68\69"), "ÀbC".toLower(), "straße".toUpper(), "same".toText()));
