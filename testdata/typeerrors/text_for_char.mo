let c : Char = "a";
