let r = { var n = 0 };
r.n := "1";
