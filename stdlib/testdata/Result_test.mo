import Result "mo:base/Result";
import Debug "mo:base/Debug";

let good : Result.Result<Nat, Text> = #ok 5;
let bad : Result.Result<Nat, Text> = #err "nope";
Debug.print(debug_show (good, bad));
Debug.print(debug_show (Result.isOk(good), Result.isOk(bad), Result.isErr(good), Result.isErr(bad)));
func parse(t : Text) : Result.Result<Int, { #empty; #bad : Text }> {
  if (t == "") { #err(#empty) } else if (t == "one") { #ok 1 } else { #err(#bad t) }
};
for (t in ["", "one", "two"].vals()) {
  let r = parse(t);
  Debug.print(debug_show r # " ok=" # debug_show (Result.isOk(r)) # " err=" # debug_show (Result.isErr(r)));
};
