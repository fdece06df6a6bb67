// Iterating over Region-backed records with base Iter/Option/Result helpers.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Iter "mo:base/Iter";
import Option "mo:base/Option";
import Result "mo:base/Result";
import Nat64 "mo:base/Nat64";
import Int "mo:base/Int";
import Int16 "mo:base/Int16";

let temps = Region.new();
ignore Region.grow(temps, 1);
let readings : [Int] = [12, -4, 31, 0, -17, 25, 8];
for (i in readings.keys()) {
  Region.storeInt16(temps, Nat64.fromNat(i) * 2, Int16.fromInt(readings[i]));
};

func stored(n : Nat) : Iter.Iter<Int> = Iter.map<Nat, Int>(Iter.range(0, n - 1), func i = Int16.toInt(Region.loadInt16(temps, Nat64.fromNat(i) * 2)));

Debug.print(debug_show Iter.toArray(stored(readings.size())));
Debug.print(debug_show Iter.size(stored(3)));
func maxOf(it : Iter.Iter<Int>) : ?Int {
  var best : ?Int = null;
  for (x in it) best := ?(switch best { case null x; case (?b) Int.max(b, x) });
  best;
};
Debug.print(debug_show (maxOf(stored(7)), maxOf(stored(0)), Option.get(maxOf(stored(0)), -999)));
func parseCelsius(i : Nat) : Result.Result<Int, Text> {
  let v = Int16.toInt(Region.loadInt16(temps, Nat64.fromNat(i) * 2));
  if (v < -10) #err("too cold at " # debug_show i) else #ok v;
};
let results = Iter.toArray(Iter.map<Nat, Result.Result<Int, Text>>(Iter.range(0, 6), parseCelsius));
Debug.print(debug_show results);
Debug.print(debug_show (Result.isOk(results[0]), Result.isErr(results[4])));
Debug.print(debug_show Iter.toArray(Iter.revRange(3, 0)));
Debug.print(debug_show Option.map<Int, Int>(maxOf(stored(4)), func x = x * 10));
let ?hottest = maxOf(stored(7)) else Debug.trap("no readings");
Debug.print(debug_show hottest);
let ?none = maxOf(stored(0)) else Debug.trap("no readings in an empty range");
// trap-span: 39.35-39.78
