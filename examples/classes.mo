// Classes and objects: a counter class with private state, an object literal,
// a generic class, and a module with a type and functions.
import Debug "mo:base/Debug";
import Nat "mo:base/Nat";
import Array "mo:base/Array";

class Counter(start : Nat) {
  var count = start;
  public func inc() { count += 1 };
  public func add(n : Nat) { count += n };
  public func get() : Nat { count };
};

let c = Counter(10);
c.inc();
c.add(5);
Debug.print("counter: " # Nat.toText(c.get()));
let other = Counter(0);
other.inc();
Debug.print("two counters: " # debug_show (c.get(), other.get()));

object greeter {
  var greeted = 0;
  public func greet(who : Text) : Text {
    greeted += 1;
    "Hello, " # who # "! (greeting number " # Nat.toText(greeted) # ")"
  };
};
Debug.print(greeter.greet("world"));
Debug.print(greeter.greet("again"));

class Stack<T>() {
  var items : [T] = [];
  public func push(x : T) { items := Array.append<T>(items, [x]) };
  public func pop() : ?T {
    let n = items.size();
    if (n == 0) { null } else {
      let top = items[n - 1];
      items := Array.subArray<T>(items, 0, n - 1);
      ?top
    }
  };
  public func size() : Nat { items.size() };
};

let s = Stack<Text>();
s.push("a");
s.push("b");
s.push("c");
Debug.print("stack size " # Nat.toText(s.size()));
Debug.print(debug_show (s.pop(), s.pop(), s.size()));

module Money {
  public type Amount = { cents : Nat };
  public func fromParts(units : Nat, cents : Nat) : Amount { { cents = units * 100 + cents } };
  public func add(a : Amount, b : Amount) : Amount { { cents = a.cents + b.cents } };
  public func toText(a : Amount) : Text {
    let rest = a.cents % 100;
    Nat.toText(a.cents / 100) # "." # (if (rest < 10) "0" else "") # Nat.toText(rest)
  };
};
let total = Money.add(Money.fromParts(3, 50), Money.fromParts(1, 75));
Debug.print("total: " # Money.toText(total));
