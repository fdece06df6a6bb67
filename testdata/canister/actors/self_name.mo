// An actor's own name, used in a stable variable's initializer before the
// actor's methods are checked: typed from the methods' signatures.
persistent actor Self {
  var stored : shared () -> async Text = Self.method;
  public func method() : async Text { "method ran" };
  public func go() : async Text { await stored() };
};
