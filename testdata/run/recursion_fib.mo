// Classic recursive functions.
import Debug "mo:base/Debug";

func fib(n : Nat) : Nat { if (n < 2) n else fib(n - 1) + fib(n - 2) };
func gcd(a : Nat, b : Nat) : Nat { if (b == 0) a else gcd(b, a % b) };
func power(b : Int, e : Nat) : Int { if (e == 0) 1 else b * power(b, e - 1) };
Debug.print(debug_show fib(20));
Debug.print(debug_show gcd(1071, 462));
Debug.print(debug_show power(-2, 65));
