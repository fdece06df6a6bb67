type Name = Text;
func f() : Name { 5 };
