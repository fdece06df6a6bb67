// An exponent beyond 32 bits traps in moc's runtime, even for a base of 0.
import Debug "mo:base/Debug";
let x = (0 : Nat) ** 5_000_000_000;
Debug.print(debug_show x);
