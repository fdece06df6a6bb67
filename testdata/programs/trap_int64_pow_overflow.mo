// Compound interest in fixed-point Int64 cents: the power overflows for long horizons.
import Debug "mo:base/Debug";
import Int64 "mo:base/Int64";

func growth(principal : Int64, ratePct : Int64, years : Int64) : Int64 {
  principal * (100 + ratePct) ** years / 100 ** years
};

for (y in [1, 2, 5, 8].vals()) {
  Debug.print(debug_show y # " years: " # Int64.toText(growth(1_000_00, 7, Int64.fromInt(y))));
};
Debug.print(debug_show growth(1_000_00, 7, 10));
