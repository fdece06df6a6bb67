// Result: the outcome of an operation that can fail.
module {
  public type Result<Ok, Err> = { #ok : Ok; #err : Err };

  public func isOk(r : Result<Any, Any>) : Bool {
    switch r {
      case (#ok(_)) { true };
      case (#err(_)) { false };
    }
  };

  public func isErr(r : Result<Any, Any>) : Bool {
    switch r {
      case (#ok(_)) { false };
      case (#err(_)) { true };
    }
  };
}
