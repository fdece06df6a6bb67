// Char functions from the base library.
import Debug "mo:base/Debug";
import Char "mo:base/Char";

Debug.print(debug_show Char.toNat32('A'));
Debug.print(debug_show Char.fromNat32(0x263A));
Debug.print(Char.toText('q'));
Debug.print(debug_show (Char.isDigit('7'), Char.isDigit('x')));
Debug.print(debug_show (Char.isUppercase('Q'), Char.isUppercase('q')));
Debug.print(debug_show (Char.isLowercase('q'), Char.isLowercase('1')));
Debug.print(debug_show Char.fromNat32(Char.toNat32('a') + 25));
