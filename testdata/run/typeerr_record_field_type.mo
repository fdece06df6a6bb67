// A record field of the wrong type.
type Item = { name : Text; qty : Nat };
let i : Item = { name = "pen"; qty = "two" };
