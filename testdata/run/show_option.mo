// Options parenthesise signed numbers, options and variants.
import Debug "mo:base/Debug";

Debug.print(debug_show (?1));
Debug.print(debug_show (?(?1)));
Debug.print(debug_show (?null));
Debug.print(debug_show (?(+5)));
Debug.print(debug_show (?(-5)));
Debug.print(debug_show (?(#a)));
Debug.print(debug_show (?"a"));
Debug.print(debug_show (?(1, 2)));
Debug.print(debug_show (?()));
Debug.print(debug_show (?[1, 2]));
Debug.print(debug_show (?{ x = 1 }));
let n : ?Nat = null;
Debug.print(debug_show n);
