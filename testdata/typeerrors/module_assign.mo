module M { public let x = 1 };
M.x := 2;
