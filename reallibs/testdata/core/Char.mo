// motoko-core Char.
import Char "mo:core/Char";
import Debug "mo:core/Debug";

Debug.print(debug_show ('A'.toNat32(), Char.fromNat32(0x263A), 'é'.toText(), '7'.isDigit(), 'x'.isDigit(), '\t'.isWhitespace(), 'a'.isLower(), 'A'.isUpper(), 'ß'.isAlphabetic(), '1'.isAlphabetic()));
Debug.print(debug_show (Char.equal('a', 'a'), Char.notEqual('a', 'b'), Char.less('a', 'b'), Char.lessOrEqual('b', 'a'), Char.greater('b', 'a'), Char.greaterOrEqual('a', 'a'), 'z'.compare('a')));
