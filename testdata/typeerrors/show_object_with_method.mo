object o { public func f() {} };
let s = debug_show o;
