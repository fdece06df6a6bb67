func unwrap<T>(x : ?T) : T {
  switch x { case (?v) v; case null { loop {} } }
};
let byte : Nat8 = unwrap(?5);
