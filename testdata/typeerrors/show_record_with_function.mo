let o = { f = func () {} };
let s = debug_show o;
