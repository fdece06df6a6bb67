let f = 1.0 << 2;
