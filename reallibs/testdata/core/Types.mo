// motoko-core Types: the library's types, used through it.
import Types "mo:core/Types";
import Debug "mo:core/Debug";

let o : Types.Order = #less;
let r : Types.Result<Nat, Text> = #ok 1;
let it : Types.Iter<Nat> = [1, 2].values();
let d : Types.Duration = #minutes 2;
let l : Types.Pure.List<Nat> = ?(1, null);
Debug.print(debug_show (o, r, it.next(), d, l));
