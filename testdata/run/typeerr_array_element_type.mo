// An array element of the wrong type.
let xs : [Nat] = [1, 2, "3"];
