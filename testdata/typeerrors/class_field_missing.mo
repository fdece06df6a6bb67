class P(n : Text) { public let name = n };
let p = P("a");
let z = p.nmae;
