// Number theory helpers: gcd/lcm, a sieve, prime factorisation, modular exponentiation.
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Nat "mo:base/Nat";

func gcd(a : Nat, b : Nat) : Nat = if (b == 0) a else gcd(b, a % b);
func lcm(a : Nat, b : Nat) : Nat = if (a == 0 or b == 0) 0 else a / gcd(a, b) * b;

func sieve(n : Nat) : [Nat] {
  let isPrime = Array.init<Bool>(n + 1, true);
  isPrime[0] := false;
  if (n >= 1) isPrime[1] := false;
  var i = 2;
  while (i * i <= n) {
    if (isPrime[i]) {
      var j = i * i;
      while (j <= n) { isPrime[j] := false; j += i };
    };
    i += 1;
  };
  var primes : [Nat] = [];
  for (k in isPrime.keys()) { if (isPrime[k]) primes := Array.append(primes, [k]) };
  primes
};

func factorise(n0 : Nat) : [(Nat, Nat)] {
  var n = n0;
  var out : [(Nat, Nat)] = [];
  var p = 2;
  while (p * p <= n) {
    var e = 0;
    while (n % p == 0) { n /= p; e += 1 };
    if (e > 0) out := Array.append(out, [(p, e)]);
    p += 1;
  };
  if (n > 1) out := Array.append(out, [(n, 1)]);
  out
};

func powMod(b : Nat, e : Nat, m : Nat) : Nat {
  var result = 1;
  var base = b % m;
  var exp = e;
  while (exp > 0) {
    if (exp % 2 == 1) result := result * base % m;
    base := base * base % m;
    exp /= 2;
  };
  result
};

Debug.print(debug_show (gcd(1071, 462), lcm(4, 6), lcm(0, 5), gcd(0, 0)));
Debug.print(debug_show sieve(50));
Debug.print(debug_show factorise(360));
Debug.print(debug_show factorise(9_999_991));
Debug.print(debug_show factorise(1));
Debug.print(debug_show powMod(2, 1_000_000, 1_000_000_007));
Debug.print(debug_show powMod(3, 200, 13));
let big = 2 ** 100;
Debug.print(debug_show big # " mod 97 = " # Nat.toText(big % 97));
Debug.print(debug_show gcd(2 ** 64 * 3, 2 ** 70 * 5));
