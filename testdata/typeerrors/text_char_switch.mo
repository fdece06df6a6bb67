let t = "a";
switch t { case 'a' {}; case _ {} };
