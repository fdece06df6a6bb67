for (c in "abc") {};
