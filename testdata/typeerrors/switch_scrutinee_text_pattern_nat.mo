let t = "a";
switch t { case 1 {}; case _ {} };
