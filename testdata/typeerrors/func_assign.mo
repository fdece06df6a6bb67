func f() {};
f := func () {};
