// motoko-base Text: building, comparing, patterns, splitting, trimming,
// case and UTF-8.
import Text "mo:base/Text";
import Char "mo:base/Char";
import Iter "mo:base/Iter";
import List "mo:base/List";
import Debug "mo:base/Debug";

let t = "Hello, World! Héllo ☃";
Debug.print(debug_show (Text.size(t), Text.fromChar('x'), Text.fromArray(['a', 'b']), Text.fromVarArray([var 'c']), Text.toArray("hi"), Text.toVarArray("yo")));
Debug.print(debug_show (Text.fromIter(Iter.fromArray(['i', 't'])), Text.fromList(List.fromArray(['l'])), List.toArray(Text.toList("ab")), Iter.toArray(Text.toIter("xyz"))));
Debug.print(debug_show (Text.hash("abc"), Text.concat("a", "b"), Text.equal("a", "a"), Text.notEqual("a", "b"), Text.less("a", "b"), Text.lessOrEqual("b", "a"), Text.greater("b", "a"), Text.greaterOrEqual("a", "a"), Text.compare("abc", "abd")));
Debug.print(debug_show (Text.join(", ", Iter.fromArray(["x", "y", "z"])), Text.map("abc", func c = Char.fromNat32(Char.toNat32(c) + 1)), Text.translate("a-b", func c = if (c == '-') "--" else Text.fromChar(c))));
Debug.print(debug_show Iter.toArray(Text.split("a,b,,c", #char ',')));
Debug.print(debug_show Iter.toArray(Text.tokens("  split  these words ", #char ' ')));
Debug.print(debug_show Iter.toArray(Text.split("one--two--three", #text "--")));
Debug.print(debug_show Iter.toArray(Text.split("a1b22c", #predicate(Char.isDigit))));
Debug.print(debug_show (Text.contains(t, #text "World"), Text.contains(t, #char 'z'), Text.startsWith(t, #text "Hell"), Text.endsWith(t, #char '☃')));
Debug.print(debug_show (Text.replace("aXbXc", #char 'X', "--"), Text.replace("banana", #text "an", "AN")));
Debug.print(debug_show (Text.stripStart("prefix-rest", #text "prefix-"), Text.stripStart("rest", #text "prefix"), Text.stripEnd("file.mo", #text ".mo")));
Debug.print(debug_show (Text.trimStart("xxhixx", #char 'x'), Text.trimEnd("xxhixx", #char 'x'), Text.trim("  hi  ", #char ' '), Text.trim("001200", #predicate(func c = c == '0'))));
Debug.print(debug_show (Text.compareWith("abc", "ABD", func(a, b) = Char.compare(Char.fromNat32(Char.toNat32(a) | 32), Char.fromNat32(Char.toNat32(b) | 32)))));
Debug.print(debug_show (Text.encodeUtf8("é☃"), Text.decodeUtf8("\68\69"), Text.decodeUtf8("\FF"), Text.toLowercase("ÀbC"), Text.toUppercase("straße")));
