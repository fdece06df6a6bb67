// motoko-base Random: deterministic draws from given entropy (fetching
// entropy needs the management canister).
import Random "mo:base/Random";
import Debug "mo:base/Debug";

let f = Random.Finite("\14\C9\72\09\03\D4\D5\72\82\95\E5\43\AF\FA\A9\44\49\2F\25\56\13\F3\6E\C7\B0\87\DC\76\08\69\14\CF");
Debug.print(debug_show (f.byte(), f.coin(), f.range(16), f.binomial(8), f.byte()));
let empty = Random.Finite("");
Debug.print(debug_show (empty.byte(), empty.coin()));
Debug.print(debug_show (Random.byteFrom("\05"), Random.coinFrom("\01"), Random.rangeFrom(8, "\01\02"), Random.binomialFrom(8, "\FF")));
