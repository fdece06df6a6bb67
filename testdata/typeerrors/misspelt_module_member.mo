module Util { public func double(x : Nat) : Nat { x * 2 } };
let d = Util.dubble(2);
