let m : [[Nat]] = [[1], ["a"]];
