// Char and Text escapes.
import Debug "mo:base/Debug";
import Char "mo:base/Char";

Debug.print(debug_show (Char.toNat32 '\n'));
Debug.print(debug_show (Char.toNat32 '\t'));
Debug.print(debug_show (Char.toNat32 '\\'));
Debug.print(debug_show (Char.toNat32 '\''));
Debug.print(debug_show (Char.toNat32 '\u{1F600}'));
Debug.print("tab:[\t] quote:[\"] backslash:[\\]");
Debug.print("line one\nline two");
Debug.print("\u{48}\u{49}");
Debug.print("\41\42");
