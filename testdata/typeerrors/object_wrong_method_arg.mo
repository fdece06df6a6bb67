object counter {
  public func add(k : Nat) {};
};
counter.add("1");
