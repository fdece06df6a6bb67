module M {
  public func f() : Nat { 1 };
};
let x = M.g();
