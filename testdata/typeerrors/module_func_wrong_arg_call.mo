module M { public func sq(n : Int) : Int { n * n } };
let r = M.sq("2");
