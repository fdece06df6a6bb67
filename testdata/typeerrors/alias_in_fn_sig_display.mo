type Name = Text;
func greet(n : Name) {};
greet(5);
