// How a shared function's result becomes its reply, as moc encodes it:
// a tuple written as such is several values; a tuple in parentheses or
// behind a type name is one value (a record with fields 0, 1, ...).
persistent actor {
  type Pair = (Nat, Text);
  public query func two() : async (Nat, Text) { (1, "a") };
  public query func onePair() : async Pair { (2, "b") };
  public query func oneTuple() : async ((Nat, Text)) { (3, "c") };
  public query func none() : async () {};
};
