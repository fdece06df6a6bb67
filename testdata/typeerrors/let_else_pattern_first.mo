// let-else: the pattern is checked before the else part.
let ?x = 5 else { return };
