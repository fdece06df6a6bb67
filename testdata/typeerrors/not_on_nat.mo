let b = not 1;
