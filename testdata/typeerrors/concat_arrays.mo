let xs = [1] # [2];
