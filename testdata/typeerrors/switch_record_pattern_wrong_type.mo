let r = { x = 1 };
switch r { case { x = "a" } {}; case _ {} };
