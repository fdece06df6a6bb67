func greet(p : { name : Text; age : Nat }) : Text { p.name };
let g = greet({ name = "x" });
