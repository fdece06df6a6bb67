// A record lacking a required field is not a subtype.
type Point = { x : Int; y : Int };
let p : Point = { x = 1 };
