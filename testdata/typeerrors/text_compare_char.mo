let b = "a" < 'a';
