type Point = { x : Int; y : Int };
let p : Point = { x = 1 };
