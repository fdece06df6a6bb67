// Nested modules and module paths in types.
import Debug "mo:base/Debug";

module Outer {
  public module Inner {
    public type Id = Nat;
    public func next(i : Id) : Id { i + 1 };
  };
  public func twice(i : Inner.Id) : Inner.Id { Inner.next(Inner.next(i)) };
};

let start : Outer.Inner.Id = 40;
Debug.print(debug_show Outer.twice(start));
let M = Outer.Inner;
Debug.print(debug_show M.next(0));
