let t = "ab" - "a";
