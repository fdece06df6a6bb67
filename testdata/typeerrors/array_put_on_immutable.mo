let xs = [1, 2];
xs.put(0, 3);
