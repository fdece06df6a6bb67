class C() : { x : Nat } { public let x = "a" };
