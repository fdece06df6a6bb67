let f = func () : Text { return 1 };
