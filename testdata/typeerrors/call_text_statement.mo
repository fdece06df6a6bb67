let t = "hi";
t(1);
