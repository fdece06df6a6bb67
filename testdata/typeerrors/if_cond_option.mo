let m : ?Nat = null;
if (m) {};
