// `await` of an expression of type None (which never gives a value) checks,
// as None is below every future type.
persistent actor {
  public func run(n : Nat) : async Nat {
    let never : [() -> None] = [];
    for (g in never.vals()) { await g() };
    n * 2;
  };
};
