// An inferred type shows its name and its definition.
type Point = { x : Int; y : Int };
let p : Point = { x = 1; y = 2 };
let q : { x : Int; y : Int; z : Int } = p;
