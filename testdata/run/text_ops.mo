// Text concatenation, size and iteration over characters.
import Debug "mo:base/Debug";

let greeting = "Hello" # ", " # "world";
Debug.print(greeting);
Debug.print(debug_show greeting.size());
Debug.print(debug_show "na\u{EF}ve".size());
var count = 0;
for (c in greeting.chars()) { if (c == 'o') count += 1 };
Debug.print(debug_show count);
var reversed = "";
for (c in "abc".chars()) { reversed := debug_show c # reversed };
Debug.print(reversed);
Debug.print("" # "");
