// A generic class.
import Debug "mo:base/Debug";

class Box<T>(initial : T) {
  var content = initial;
  public func get() : T { content };
  public func set(v : T) { content := v };
  public func swap(v : T) : T { let old = content; content := v; old };
};
let b = Box<Nat>(3);
b.set(4);
Debug.print(debug_show (b.swap(5), b.get()));
let t = Box<Text>("x");
t.set(t.get() # "y");
Debug.print(t.get());
let inferred = Box(-1);
Debug.print(debug_show inferred.get());
