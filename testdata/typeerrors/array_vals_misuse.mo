let xs = [1, 2];
for (x in xs) {};
