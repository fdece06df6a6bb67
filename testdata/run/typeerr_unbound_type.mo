// Using a type that was never declared.
let p : Point = { x = 1 };
