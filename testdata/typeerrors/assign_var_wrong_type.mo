var name = "a";
name := 5;
