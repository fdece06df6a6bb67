// Helper module for the relative-import tests.
module {
  public type Shape = { #circle : Nat; #rect : (Nat, Nat) };
  public func area(s : Shape) : Nat {
    switch s {
      case (#circle r) 3 * r * r;
      case (#rect(w, h)) w * h;
    };
  };
  public let unit : Shape = #rect(1, 1);
};
