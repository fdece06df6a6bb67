object o { public let x = 1 };
o.x := 2;
