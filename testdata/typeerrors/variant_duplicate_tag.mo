type V = { #a; #a : Nat };
