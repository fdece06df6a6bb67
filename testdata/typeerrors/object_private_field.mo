object o {
  var secret = 1;
  public func get() : Nat { secret };
};
let s = o.secret;
