type Name = Text;
type P = { n : Name };
let p : P = { n = 5 };
