// Order: the three-way result of a comparison.
module {
  public type Order = { #less; #equal; #greater };

  public func isLess(order : Order) : Bool {
    switch order {
      case (#less) { true };
      case (_) { false };
    }
  };

  public func isEqual(order : Order) : Bool {
    switch order {
      case (#equal) { true };
      case (_) { false };
    }
  };

  public func isGreater(order : Order) : Bool {
    switch order {
      case (#greater) { true };
      case (_) { false };
    }
  };

  public func equal(o1 : Order, o2 : Order) : Bool {
    switch (o1, o2) {
      case (#less, #less) { true };
      case (#equal, #equal) { true };
      case (#greater, #greater) { true };
      case (_, _) { false };
    }
  };
}
