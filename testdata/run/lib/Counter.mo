// Helper class module for the relative-import tests.
import Nat "mo:base/Nat";

module {
  public class Counter(start : Nat) {
    var value = start;
    public func inc() { value += 1 };
    public func show() : Text { "count=" # Nat.toText(value) };
  };
};
