object o { public func f(a : Nat) {} };
o.f();
