type V = { #a; #b };
let v : V = 5;
