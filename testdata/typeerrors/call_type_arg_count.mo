func id<T>(x : T) : T { x }; let y = id<Nat, Text>(3);
