let b = { f = func () {} } == { f = func () {} };
