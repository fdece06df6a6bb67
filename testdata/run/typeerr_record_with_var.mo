// {r with ...} cannot copy a mutable field it does not replace.
let m = { var n = 1; k = 0 };
let m2 = { m with k = 5 };
