let t = "hi";
ignore t(1);
