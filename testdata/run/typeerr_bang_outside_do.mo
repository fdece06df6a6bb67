// ! is only allowed inside do ? { }.
func get(o : ?Nat) : Nat { o! };
