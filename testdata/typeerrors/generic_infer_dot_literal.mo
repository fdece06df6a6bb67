module Bytes {
  public func pad<T>(self : [T], width : Nat8) : [T] { ignore width; self };
};
let xs = ["a", "b"];
ignore xs.pad(4);
