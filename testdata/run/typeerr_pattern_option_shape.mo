// An option pattern against a plain number.
let n = 5;
let r = switch n { case (?x) x; case _ 0 };
