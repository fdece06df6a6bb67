// Contextual dot notation: `x.f(args)` calls a module function f whose
// first parameter is `self`, when x itself has no field f.
import Debug "mo:base/Debug";
import Prim "mo:⛔";

module Counter {
  public type Counter = { var count : Nat };
  public func new() : Counter = { var count = 0 };
  public func add(self : Counter, n : Nat) { self.count += n };
  public func get(self : Counter) : Nat = self.count;
};

module Nums {
  public func double(self : Nat) : Nat = 2 * self;
  public func sum(self : [Nat]) : Nat {
    var s = 0;
    for (x in self.vals()) { s += x };
    s
  };
  public func mapped<A, B>(self : [A], f : A -> B) : [B] = Prim.Array_tabulate<B>(self.size(), func i = f(self[i]));
};


let c = Counter.new();
c.add(5);
c.add(10);
Debug.print(debug_show (c.get(), (21).double(), [1, 2, 3].sum()));
Debug.print(debug_show ([1, 2, 3].mapped(func x = x * x).sum()));
// A record field that is no function leaves the name to contextual dot.
module Sized {
  public func size(self : { size : Nat; name : Text }) : Text = self.name # "/" # debug_show self.size;
};
let r = { size = 3; name = "r" };
Debug.print(r.size() # " " # debug_show r.size);
let xs = [4, 5];
Debug.print(debug_show (xs.mapped(func(x : Nat) : Text = debug_show x), xs.size()));
