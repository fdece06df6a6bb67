class Counter(start : Nat) {
  public var n = start;
  public func inc() { n += 1 };
};
let c = Counter(0);
c.incr();
