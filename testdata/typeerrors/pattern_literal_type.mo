func f(x : Nat) : Text {
  switch x { case "zero" "z"; case _ "other" }
};
