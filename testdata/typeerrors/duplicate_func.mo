func f() {};
func f() {};
