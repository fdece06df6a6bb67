// await* consumes a computation (async* T), nothing else.
persistent actor {
  public func g() : async Nat { await* 5 };
};
