type List = ?(Nat, List);
let l : List = ?(1, 2);
