// Alternative patterns p1 or p2.
import Debug "mo:base/Debug";

type Day = { #mon; #tue; #wed; #thu; #fri; #sat; #sun };
func weekend(d : Day) : Bool {
  switch d { case (#sat or #sun) true; case _ false };
};
func small(n : Nat) : Text {
  switch n { case (1 or 2 or 3) "small"; case _ "large" };
};
func vowel(c : Char) : Bool {
  switch c { case ('a' or 'e' or 'i' or 'o' or 'u') true; case _ false };
};
Debug.print(debug_show (weekend(#sat), weekend(#wed)));
Debug.print(small(2) # " " # small(4));
Debug.print(debug_show (vowel 'e', vowel 'x'));
