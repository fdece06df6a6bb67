// Text has size(), not length().
let t = "abc";
let n = t.length();
