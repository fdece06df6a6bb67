// Type paths into local modules, including ones declared below and nested
// ones, generic members, and a module renamed by `let`.
import Debug "mo:base/Debug";

module Q { public type T = Nat };
type T = Q.T;
module X = { public type A<U> = U };
type Pair = (X.A<Bool>, T);

type Later = Below.Inner.Cell<Text>;
module Below {
  public module Inner {
    public type Cell<E> = { var item : E };
    public func make<E>(e : E) : Cell<E> = { var item = e };
  };
  public type Alias = Inner.Cell<Nat>;
};
let Renamed = Below.Inner;
type Again = Renamed.Cell<Int>;

let p : Pair = (true, 7);
let l : Later = Below.Inner.make("x");
l.item := "y";
let a : Below.Alias = { var item = 3 };
let g : Again = Renamed.make<Int>(-1);
Debug.print(debug_show (p, l.item, a.item, g.item));
