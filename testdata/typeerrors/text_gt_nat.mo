let b = "a" > 1;
