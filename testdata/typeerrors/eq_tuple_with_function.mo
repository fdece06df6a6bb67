let b = (func () {}, 1) == (func () {}, 1);
