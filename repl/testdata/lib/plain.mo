let answer = 42;
