// An exponent beyond 32 bits traps in moc's runtime, even for a base of -1.
import Debug "mo:base/Debug";
let x = (-1 : Int) ** 5_000_000_001;
Debug.print(debug_show x);
