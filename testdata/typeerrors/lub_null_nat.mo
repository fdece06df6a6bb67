// The least upper bound of Null and Nat is Any, not ?Nat: the array has
// type [Any], which has no debug_show.
let xs = [null, 1];
ignore debug_show xs;
