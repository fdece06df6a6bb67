func f() { 1 + 1; };
