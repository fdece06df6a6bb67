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
Debug.print(debug_show (Result.mapOk<Nat, Text, Text>(good, func(n : Nat) : Text { debug_show (n + 1) }), Result.mapOk<Nat, Text, Text>(bad, func(n : Nat) : Text { "never" })));
Debug.print(debug_show (Result.mapErr<Nat, Text, Nat>(good, func(e : Text) : Nat { 0 }), Result.mapErr<Nat, Text, Nat>(bad, func(e : Text) : Nat { e.size() })));
Debug.print(debug_show (Result.fromOption<Nat, Text>(?1, "missing"), Result.fromOption<Nat, Text>(null, "missing"), Result.toOption(good), Result.toOption(bad)));
