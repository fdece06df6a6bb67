class C() { public func name() : Text { 42 } };
