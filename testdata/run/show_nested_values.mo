// debug_show of values nested in each other: options around signed
// numbers, options and variants are parenthesised, other payloads not.
import P "mo:⛔";
P.debugPrint(debug_show (?(0.0 / 0.0)));
P.debugPrint(debug_show ([(1, [2, 3]), (4, [])], { a = [var 1]; b = ?(?(-1 : Int)) }));
type L = ?(Int, L);
let l : L = ?(+1, ?(-2, ?(0, null)));
P.debugPrint(debug_show l);
type T = { #leaf; #node : (T, Nat, T) };
let t : T = #node(#node(#leaf, 1, #leaf), 2, #leaf);
P.debugPrint(debug_show t);
P.debugPrint(debug_show (?(#a(?(?1))) : ?{ #a : ??Nat }));
