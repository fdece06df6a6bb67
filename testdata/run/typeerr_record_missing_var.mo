// A record literal must write var for a var field of its expected type.
type Counter = { var count : Nat };
let c : Counter = { count = 0 };
