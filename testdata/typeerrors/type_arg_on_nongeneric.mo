type Num = Nat;
let n : Num<Nat> = 1;
