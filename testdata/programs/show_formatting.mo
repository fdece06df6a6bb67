// debug_show on a mix of nested structures, escapes and field orders.
import Debug "mo:base/Debug";
import Text "mo:base/Text";

type Rec = { zeta : Nat; Alpha : Text; _under : Bool; beta : ?Int; Zed : [var Nat8] };
type V = { #Big; #small : Nat; #Mixed : (Int, Text); #unit : () };

let r : Rec = { zeta = 1; Alpha = "A"; _under = true; beta = ?(-3); Zed = [var 1, 255] };
Debug.print(debug_show r);
Debug.print(debug_show ([#Big, #small 2, #Mixed(-1, "m"), #unit()] : [V]));
Debug.print(debug_show ((1, 2), (3, (4, 5)), ()));
Debug.print(debug_show ("quote\"and\\slash", 'q', '\'', '\n', "tab\there"));
Debug.print(debug_show Text.encodeUtf8("Hi!\n"));
Debug.print(debug_show (?(?null) : ???Nat));
Debug.print(debug_show ([?(-1), null, ?2] : [?Int]));
Debug.print(debug_show ([] : [Nat], [var] : [var Text], [[1], [], [2, 3]]));
Debug.print(debug_show { a = { b = { c = [#x { d = 1 }] } } });
let i8 : Int8 = -1; let n16 : Nat16 = 1000; let i64 : Int64 = 1_000_000;
Debug.print(debug_show (i8, n16, i64, (0 : Int32), (-0 : Int)));
Debug.print(debug_show (true and false, not true, null, 'é', "é"));
Debug.print(debug_show ({ }, { x = () }, #tag({ y = null })));
