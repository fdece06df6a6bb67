module M { let hidden = 1; public let shown = 2 };
let h = M.hidden;
