// Option: helpers for `?T` values.
import P "Prelude";

module {
  // The content of `x`, or `default` when `x` is null.
  public func get<T>(x : ?T, default : T) : T {
    switch x {
      case (?value) { value };
      case null { default };
    }
  };

  // f applied to the content of `x`, or `default` when `x` is null.
  public func getMapped<A, B>(x : ?A, f : A -> B, default : B) : B {
    switch x {
      case (?value) { f(value) };
      case null { default };
    }
  };

  public func map<A, B>(x : ?A, f : A -> B) : ?B {
    switch x {
      case (?value) { ?f(value) };
      case null { null };
    }
  };

  public func isSome(x : ?Any) : Bool {
    switch x {
      case (?_) { true };
      case null { false };
    }
  };

  public func isNull(x : ?Any) : Bool {
    switch x {
      case (?_) { false };
      case null { true };
    }
  };

  // Traps on null, with motoko-base's message.
  public func unwrap<T>(x : ?T) : T {
    switch x {
      case (?value) { value };
      case null { P.unreachable() };
    }
  };
}
