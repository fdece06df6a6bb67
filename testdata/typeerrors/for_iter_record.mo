let r = { next = func () : ?Nat { null } };
for (x in r) { let t : Text = x };
