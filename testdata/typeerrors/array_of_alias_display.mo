type Name = Text;
let ns : [Name] = ["a"];
let k : Nat = ns;
