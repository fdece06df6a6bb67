// Result values and Result.isOk / isErr.
import Debug "mo:base/Debug";
import Result "mo:base/Result";

func safeDiv(a : Nat, b : Nat) : Result.Result<Nat, Text> {
  if (b == 0) #err("division by zero") else #ok(a / b);
};

let good = safeDiv(9, 2);
let bad = safeDiv(9, 0);
Debug.print(debug_show (good, bad));
Debug.print(debug_show (Result.isOk(good), Result.isErr(good), Result.isOk(bad), Result.isErr(bad)));
switch bad {
  case (#ok(n)) Debug.print("ok " # debug_show n);
  case (#err(msg)) Debug.print("err " # msg);
};
