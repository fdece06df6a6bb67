class Box<T>(v : T) { public func get() : T { v } };
let b = Box<Nat>(1);
let t : Text = b.get();
