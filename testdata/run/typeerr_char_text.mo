// A Text literal is not a Char.
let c : Char = "a";
