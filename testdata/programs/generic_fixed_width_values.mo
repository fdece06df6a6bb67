// Generic containers holding fixed-width numbers, big numbers and floats, printed at concrete types.
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Nat64 "mo:base/Nat64";
import Int64 "mo:base/Int64";
import Order "mo:base/Order";

class Box<T>(init : T) {
  var v = init;
  public func get() : T = v;
  public func update(f : T -> T) { v := f(v) };
};

func pairUp<A, B>(a : A, b : B) : (A, B) = (a, b);
func twice<T>(f : T -> T) : T -> T = func x = f(f x);
func maxOf<T>(xs : [T], cmp : (T, T) -> Order.Order) : ?T {
  var best : ?T = null;
  for (x in xs.vals()) {
    switch best {
      case null best := ?x;
      case (?b) if (cmp(x, b) == #greater) best := ?x;
    };
  };
  best
};

let b8 = Box<Nat8>(250);
b8.update(func x = x +% 10);
let b64 = Box<Nat64>(Nat64.maximumValue);
b64.update(twice<Nat64>(func x = x / 2));
let bi = Box<Int64>(Int64.minimumValue);
bi.update(func x = x + 1);
let bigN = Box<Nat>(2 ** 64);
bigN.update(func x = x * x);
let bf = Box<Float>(1.5);
bf.update(twice<Float>(func x = x * x));
Debug.print(debug_show (b8.get(), b64.get(), bi.get(), bigN.get(), bf.get()));

Debug.print(debug_show pairUp<Int8, Nat16>(-128, 65_535));
Debug.print(debug_show pairUp<?Int32, [Nat64]>(?(-1), [0, Nat64.maximumValue]));
Debug.print(debug_show maxOf<Int64>([-5, Int64.maximumValue, 0, Int64.minimumValue], Int64.compare));
Debug.print(debug_show maxOf<Nat64>([3, 18_000_000_000_000_000_000, 7], Nat64.compare));
Debug.print(debug_show maxOf<Int>([-(2 ** 80), 2 ** 70, -1], func(a, b) = if (a < b) #less else if (a == b) #equal else #greater));
func Nat8_of(i : Nat) : Nat8 = if (i == 0) 0 else if (i == 1) 1 else 2;
func Int16_of(i : Nat) : Int16 = if (i == 0) 0 else if (i == 1) 1 else 2;
func Float_of(i : Nat) : Float = if (i == 0) 0.0 else if (i == 1) 1.0 else 2.0;
let table = Array.tabulate<(Nat8, Int16, Float)>(3, func i = (Nat8_of(i) *% 100, -1000 * Int16_of(i), 0.5 * Float_of(i)));
Debug.print(debug_show table);
let chars = Box<Char>('a');
chars.update(func c = if (c == 'a') 'ß' else c);
Debug.print(debug_show chars.get());
