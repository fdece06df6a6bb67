type Name = Text;
func greet(n : Name) {};
let k = 5;
greet(k);
