class Acc() { var total = 0; public func add(n : Nat) { total += n } };
let a = Acc();
let t = a.total;
