let b = null < 1;
