import Char "mo:base/Char";
import Debug "mo:base/Debug";

let chars : [Char] = ['a', 'Z', '0', '9', '/', ':', ' ', 'é', 'É', 'ß', 'Σ', 'σ', '世', '😀', 'ǅ', 'ⅰ', 'Ⅰ', '٣'];
for (c in chars.vals()) {
  Debug.print(
    debug_show c # " " # Char.toText(c) # " n=" # debug_show (Char.toNat32(c))
    # " digit=" # debug_show (Char.isDigit(c)) # " upper=" # debug_show (Char.isUppercase(c))
    # " lower=" # debug_show (Char.isLowercase(c)) # " back=" # debug_show (Char.fromNat32(Char.toNat32(c)))
  );
};
let codes : [Nat32] = [65, 0x263A, 0xD7FF, 0xE000, 0x10FFFF];
for (n in codes.vals()) {
  Debug.print(debug_show (Char.fromNat32(n)));
};
Debug.print(debug_show (Char.equal('a', 'a'), Char.equal('a', 'b'), Char.compare('a', 'b'), Char.compare('b', 'a'), Char.compare('x', 'x')));
let c : Char.Char = 'q';
Debug.print(debug_show c);
let classes : [Char] = ['a', 'Z', '5', ' ', '\t', '\n', '\u{A0}', '\u{2003}', '\u{3000}', '_', 'é', 'Σ', '世', 'ª', 'Ⅰ', '😀', '\u{200B}', '\u{85}'];
for (c in classes.vals()) {
  Debug.print(debug_show (Char.toNat32(c), Char.isAlphabetic(c), Char.isWhitespace(c)));
};
