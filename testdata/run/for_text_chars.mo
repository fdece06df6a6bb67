// for over Text.chars.
import Debug "mo:base/Debug";
import Char "mo:base/Char";

var digits = 0;
var upper = 0;
for (c in "Hello World 2024".chars()) {
  if (Char.isDigit(c)) digits += 1;
  if (Char.isUppercase(c)) upper += 1;
};
Debug.print(debug_show (digits, upper));
for (c in "".chars()) { Debug.print("never") };
