let r = { x = 1 };
r.x := 2;
