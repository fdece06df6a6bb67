let n = 5;
switch n { case (?m) {}; case _ {} };
