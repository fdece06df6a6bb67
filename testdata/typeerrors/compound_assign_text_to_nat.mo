var n = 0; n #= "x";
