let m : ?Nat = ?1;
switch m { case (?t) { let s : Text = t }; case null {} };
