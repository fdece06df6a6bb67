// motoko-base Result.
import Result "mo:base/Result";
import Nat "mo:base/Nat";
import Text "mo:base/Text";
import Debug "mo:base/Debug";

type R = Result.Result<Nat, Text>;
let ok : R = #ok 3;
let err : R = #err "bad";
Debug.print(debug_show (Result.equal(Nat.equal, Text.equal, ok, ok), Result.compare(Nat.compare, Text.compare, ok, err), Result.compare(Nat.compare, Text.compare, err, err)));
Debug.print(debug_show (Result.chain<Nat, Nat, Text>(ok, func x = #ok(x * 2)), Result.flatten<Nat, Text>(#ok(#ok 1)), Result.mapOk<Nat, Text, Text>(ok, Nat.toText), Result.mapErr<Nat, Text, Nat>(err, Text.size)));
Debug.print(debug_show (Result.fromOption(?1, "none"), Result.fromOption<Nat, Text>(null, "none"), Result.toOption(ok), Result.toOption(err), Result.isOk(ok), Result.isErr(ok)));
var seen = 0;
Result.iterate<Nat, Text>(ok, func x { seen := x });
Result.assertOk(ok);
Result.assertErr(err);
Debug.print(debug_show (seen, Result.toUpper(ok), Result.fromUpper<Nat, Text>(#Err "E")));
