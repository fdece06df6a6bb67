class C() { public func reset() {} };
let c = C();
c.rest();
