let m : ?Nat = ?1;
ignore (m!);
