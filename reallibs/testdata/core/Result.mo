// motoko-core Result.
import Result "mo:core/Result";
import Nat "mo:core/Nat";
import Text "mo:core/Text";
import Debug "mo:core/Debug";

type R = Result.Result<Nat, Text>;
let ok : R = #ok 3;
let err : R = #err "bad";
Debug.print(debug_show (ok.equal(ok, Nat.equal, Text.equal), ok.compare(err), Result.compare(err, err)));
Debug.print(debug_show (ok.chain<Nat, Nat, Text>(func x = #ok(x * 2)), Result.flatten<Nat, Text>(#ok(#ok 1)), ok.mapOk<Nat, Text, Text>(Nat.toText), err.mapErr<Nat, Text, Nat>(Text.size)));
Debug.print(debug_show (Result.fromOption(?1, "none"), Result.fromOption<Nat, Text>(null, "none"), ok.toOption(), err.toOption(), ok.isOk(), ok.isErr()));
var seen = "";
ok.forOk(func x { seen #= Nat.toText(x) });
err.forErr(func e { seen #= e });
ok.assertOk();
err.assertErr();
Debug.print(debug_show (seen, Result.toUpper(ok), Result.fromUpper<Nat, Text>(#Err "E")));
