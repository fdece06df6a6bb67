type R = { x : Nat };
let r : R = { var x = 1 };
