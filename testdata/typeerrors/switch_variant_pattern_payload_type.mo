type V = { #n : Nat; #t : Text };
func f(v : V) : Nat {
  switch v { case (#n x) x; case (#t x) x }
};
