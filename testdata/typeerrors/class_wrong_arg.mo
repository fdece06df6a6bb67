class Counter(start : Nat) {
  public var n = start;
};
let c = Counter("zero");
