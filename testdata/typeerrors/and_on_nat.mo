let b = 1 and true;
