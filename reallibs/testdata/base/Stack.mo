// motoko-base Stack.
import Stack "mo:base/Stack";
import Debug "mo:base/Debug";

let s = Stack.Stack<Text>();
Debug.print(debug_show (s.isEmpty(), s.peek(), s.pop()));
s.push("a");
s.push("b");
Debug.print(debug_show (s.isEmpty(), s.peek(), s.pop(), s.pop(), s.pop()));
