// motoko-base Char.
import Char "mo:base/Char";
import Debug "mo:base/Debug";

Debug.print(debug_show (Char.toNat32('A'), Char.fromNat32(0x263A), Char.toText('é'), Char.isDigit('7'), Char.isDigit('x'), Char.isWhitespace('\t'), Char.isWhitespace('a')));
Debug.print(debug_show (Char.isLowercase('a'), Char.isLowercase('A'), Char.isUppercase('Z'), Char.isAlphabetic('ß'), Char.isAlphabetic('1')));
Debug.print(debug_show (Char.equal('a', 'a'), Char.notEqual('a', 'b'), Char.less('a', 'b'), Char.lessOrEqual('b', 'a'), Char.greater('b', 'a'), Char.greaterOrEqual('a', 'a'), Char.compare('z', 'a')));
