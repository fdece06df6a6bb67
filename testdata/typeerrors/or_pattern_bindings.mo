// Both sides of an alternative must bind the same names.
func f(x : { #a : Nat; #b : Nat }) : Nat = switch x {
  case (#a n or #b m) n;
};
