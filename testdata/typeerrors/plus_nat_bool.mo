let u = 1 + true;
