func double(n : Nat) : Nat { n * 2 };
let r = double("four");
