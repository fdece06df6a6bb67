let base = 100;
var hits = 0;
func bump() : Nat { hits += 1; base + hits };
let unused = 1;
switch (base) { case 100 () };
