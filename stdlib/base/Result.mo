// Result: the outcome of an operation that can fail.
import Prim "mo:⛔";
import P "Prelude";
import Order "Order";

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

  // `#ok(f(v))` for `#ok(v)`; an error is passed on unchanged.
  public func mapOk<Ok1, Ok2, Error>(x : Result<Ok1, Error>, f : Ok1 -> Ok2) : Result<Ok2, Error> {
    switch x {
      case (#ok(v)) { #ok(f(v)) };
      case (#err(e)) { #err(e) };
    }
  };

  // `#err(f(e))` for `#err(e)`; a success is passed on unchanged.
  public func mapErr<Ok, Error1, Error2>(x : Result<Ok, Error1>, f : Error1 -> Error2) : Result<Ok, Error2> {
    switch x {
      case (#ok(v)) { #ok(v) };
      case (#err(e)) { #err(f(e)) };
    }
  };

  public func fromOption<R, E>(x : ?R, err : E) : Result<R, E> {
    switch x {
      case (?v) { #ok(v) };
      case null { #err(err) };
    }
  };

  public func toOption<R, E>(r : Result<R, E>) : ?R {
    switch r {
      case (#ok(v)) { ?v };
      case (#err(_)) { null };
    }
  };
}
