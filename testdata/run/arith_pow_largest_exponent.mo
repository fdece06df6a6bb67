// The largest exponent moc's runtime takes is 2^32 - 1.
import Debug "mo:base/Debug";
Debug.print(debug_show ((1 : Nat) ** 4_294_967_295));
Debug.print(debug_show ((-1 : Int) ** 4_294_967_295));
Debug.print(debug_show ((0 : Nat) ** 4_294_967_295));
Debug.print(debug_show ((-2 : Int) ** 63));
