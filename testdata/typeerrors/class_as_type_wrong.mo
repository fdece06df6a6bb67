class Dog() { public func bark() : Text { "woof" } };
let d : Dog = { bark = func () : Nat { 1 } };
